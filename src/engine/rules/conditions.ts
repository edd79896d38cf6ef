import type { ContentKind, OptionOf, SingleQuestionId } from '../model/answers.ts';
import type { Condition } from '../model/condition.ts';

/** Builders that keep rule tables short. They only build data. */
export const is = <Q extends SingleQuestionId>(q: Q, ...options: readonly OptionOf<Q>[]) =>
  ({ q, in: options }) as Condition;
export const has = (...kinds: readonly ContentKind[]): Condition => ({
  q: 'contentKinds',
  includesAny: kinds,
});
export const all = (...conditions: readonly Condition[]): Condition => ({ all: conditions });
export const any = (...conditions: readonly Condition[]): Condition => ({ any: conditions });
export const not = (condition: Condition): Condition => ({ not: condition });
export const ALWAYS: Condition = { all: [] };

// Named situations, shared by several tables.

/** The person targeted is a minor (under 18). */
export const MINOR = is('age', 'under-15', '15-17');
/** A minor, or someone whose age the user does not know: protective rules apply. */
export const MAYBE_MINOR = is('age', 'under-15', '15-17', 'unknown');
export const ADULT = is('age', 'adult');
export const IN_DANGER = is('danger', 'physical', 'self-harm');
export const WITNESS = is('role', 'witness');
/** The person using Balise speaks for the person targeted (themself, their child, a pupil). */
export const ON_BEHALF_OF_TARGET = is('role', 'victim', 'parent', 'professional');
export const SEXUAL_CONTENT = has('intimate-images', 'sextortion', 'child-sexual');
/**
 * Images that must never be copied: child sexual content, and intimate images of someone who may
 * be a minor (copying or sending the *image* is itself an offence, C. pén. 227-23). The ban is on
 * images only: blackmail messages, the author's profile, threats and payment instructions are
 * evidence to keep (fact: sextortion.copy-ban-images-only).
 */
export const MUST_NOT_COPY = any(has('child-sexual'), all(MAYBE_MINOR, has('intimate-images')));
/** Someone is blackmailed with sexual images, real or not ("sextorsion"). */
export const SEXTORTION = has('sextortion');
/**
 * Sexual images of a possible minor are at stake: the images themselves, or the sextortion of a
 * possible minor (the thumbnails in the conversation). The plan warns not to copy the images.
 */
export const MINOR_SEXUAL_IMAGES = any(MUST_NOT_COPY, all(MAYBE_MINOR, SEXTORTION));
/** Kinds of content whose capture is never a copy of a sexual image. */
const NOT_SEXUAL = has(
  'insults',
  'rumours',
  'threats',
  'identity-theft',
  'personal-info',
  'hate',
  'terrorism',
  'other',
);
/**
 * The usual capture advice applies: no sexual image of a possible minor is at stake, or other
 * content (insults, threats, rumours…) comes with it, whose capture stays needed (fact:
 * sextortion.other-content-keeps-capture-advice; the 3-month press limit runs for insults).
 */
export const CAPTURE_APPLIES = any(not(MINOR_SEXUAL_IMAGES), NOT_SEXUAL);
export const PUBLIC = is('visibility', 'public', 'both');
export const AUTHOR_NOT_NAMED = is('author', 'pseudonym', 'unknown');
export const PRESS_OFFENCES = has('insults', 'rumours');
/** Categories PHAROS accepts (service-public F31979, Intérieur 07/02/2024). */
export const PHAROS_CATEGORIES = has('threats', 'hate', 'child-sexual', 'terrorism');
/** A sexual offence against a possible minor may be in play (time limits count from majority). */
export const MINOR_SEXUAL_OFFENCE = all(MAYBE_MINOR, SEXUAL_CONTENT);
/** An anonymous stranger approaching a minor on a messaging app ("rôdeur"). */
export const STRANGER_APPROACHING_MINOR = all(MAYBE_MINOR, AUTHOR_NOT_NAMED, SEXUAL_CONTENT);
export const PHAROS_APPLIES = all(
  any(PHAROS_CATEGORIES, STRANGER_APPROACHING_MINOR),
  any(PUBLIC, STRANGER_APPROACHING_MINOR),
);
export const COMPLAINT_POSSIBLE = all(not(WITNESS), not(is('complaint', 'filed')));
/**
 * Public insults and defamation must be prosecuted within 3 months of publication, 1 year when
 * discriminatory (loi du 29/07/1881 art. 65 and 65-3).
 */
export const PRESS_TIME_LIMIT_REACHED = any(
  all(PRESS_OFFENCES, is('lastAct', '3-to-12-months', '1-to-6-years', 'over-6-years')),
  all(has('hate'), is('lastAct', '1-to-6-years', 'over-6-years')),
);
/**
 * Offences are time-barred 6 years after the (last) act (CPP art. 8), except sexual offences
 * against a minor, counted from majority: for those, say nothing rather than something wrong.
 */
export const TIME_LIMIT_PASSED = all(is('lastAct', 'over-6-years'), not(MINOR_SEXUAL_OFFENCE));
/**
 * Content that is the person's own data or image, where the right to erasure of data published
 * while a minor can matter (fact: erasure.any-age-for-data-published-while-minor).
 */
export const PERSONAL_DATA = has('intimate-images', 'personal-info', 'identity-theft', 'rumours');

/**
 * Harassment needs repeated acts; a "raid" counts too: several people acting together, or one
 * after another knowing that their acts add up, even if each acted once (C. pén. 222-33-2-2,
 * loi 2018-703; 222-33-2-3 takes its definition from the same article).
 */
export const REPEATED = is('frequency', 'repeated', 'group');
/**
 * Someone from school harassing a minor. C. pén. 222-33-2-3 protects pupils; to be prudent it is
 * only named for a target known to be a minor.
 */
export const PUPIL_BY_SCHOOL = all(is('context', 'school'), MINOR);
/**
 * A spouse, concubin or PACS partner, current or former: the only ones C. pén. 222-33-2-1 covers
 * (fact: partners.who-is-a-partner).
 */
export const BY_PARTNER = is('context', 'partner');
/**
 * A boyfriend or girlfriend, or an ex, without a life together: the general offence applies, and
 * 222-33-2-1 only may (fact: partners.dating-not-222-33-2-1).
 */
export const BY_DATING_PARTNER = is('context', 'dating');
/** Any relationship, with or without a life together: violence in a couple (3919). */
export const IN_A_RELATIONSHIP = is('context', 'partner', 'dating');
/** A colleague or superior: harassment at work (C. pén. 222-33-2; fact: work.harassment-222-33-2). */
export const AT_WORK = is('context', 'work');
/** The person using Balise is a parent of the child targeted. */
export const PARENT = is('role', 'parent');
