import type { StepId } from '../model/answers.ts';
import { DANGERS } from '../model/answers.ts';
import type { ActionId, ReasonId, SourceId } from '../model/catalog.ts';
import type { Condition } from '../model/condition.ts';
import {
  ADULT,
  ALWAYS,
  AT_WORK,
  AUTHOR_NOT_NAMED,
  all,
  any,
  BY_PARTNER,
  CAPTURE_APPLIES,
  has,
  IN_A_RELATIONSHIP,
  IN_DANGER,
  is,
  MAYBE_MINOR,
  MINOR,
  MINOR_SEXUAL_IMAGES,
  MINOR_SEXUAL_OFFENCE,
  MUST_NOT_COPY,
  not,
  ON_BEHALF_OF_TARGET,
  PARENT,
  PHAROS_APPLIES,
  PHAROS_CATEGORIES,
  PRESS_OFFENCES,
  PRESS_TIME_LIMIT_REACHED,
  PUBLIC,
  SEXTORTION,
  SEXUAL_CONTENT,
  STRANGER_APPROACHING_MINOR,
  TIME_LIMIT_PASSED,
  WITNESS,
} from './conditions.ts';

/** A rule row: when `when` holds, the step gets `reason` (and its sources). */
export interface ReasonRow {
  readonly when: Condition;
  readonly reason: ReasonId;
  readonly sources: readonly SourceId[];
}

/** A guidance row also brings actions. */
export interface GuidanceRow extends ReasonRow {
  readonly actions: readonly ActionId[];
  /**
   * Actions to read before anything else, never folded away on a small screen (the plan shows
   * them all, however many, before "the other actions").
   */
  readonly urgent?: true;
}

export interface StepRules {
  readonly id: StepId;
  /** Any matching row makes the step not applicable; its reasons say why not. */
  readonly notApplicable: readonly ReasonRow[];
  /** Any matching row makes the step done (besides the user marking it done). */
  readonly doneWhen: readonly ReasonRow[];
  /** Every matching row adds its reason, actions and sources. */
  readonly guidance: readonly GuidanceRow[];
}

/**
 * The five steps (and emergency before them). Legal basis of every row: the facts of docs/facts
 * (named in `fact:` comments), cited through the source ids; the words live in src/content.
 */
export const STEP_RULES: readonly StepRules[] = [
  {
    id: 'emergency',
    // Not asked yet is not "no danger": each reason says which it is.
    notApplicable: [
      { when: is('danger', 'none'), reason: 'no-immediate-danger', sources: ['sp-f33954'] },
      {
        when: not(is('danger', ...DANGERS)),
        reason: 'danger-not-answered',
        sources: ['sp-f33954'],
      },
    ],
    doneWhen: [],
    guidance: [
      // Self-harm first: the step lists its actions in row order, so 3114 and 15 come first.
      {
        when: is('danger', 'self-harm'),
        reason: 'self-harm-risk',
        actions: ['call-3114', 'call-15'],
        sources: ['sante-3114', 'sp-f33954'],
      },
      {
        when: IN_DANGER,
        reason: 'immediate-danger',
        actions: ['call-17', 'call-112', 'sms-114'],
        sources: ['sp-f33954'],
      },
      {
        when: all(IN_DANGER, MINOR),
        reason: 'minor-in-danger',
        actions: ['call-119'],
        sources: ['allo-119'],
      },
    ],
  },
  {
    id: 'dont-reply',
    // Never "not applicable": a witness must not share or forward either.
    notApplicable: [],
    doneWhen: [],
    guidance: [
      // Sextortion: these come before anything else, in every voice (fact:
      // sextortion.first-actions): paying rarely ends the blackmail.
      {
        when: SEXTORTION,
        reason: 'blackmail-first-moves',
        actions: ['do-not-pay', 'do-not-send-more', 'do-not-delete-conversation'],
        urgent: true,
        sources: ['cybermalveillance-sextorsion'],
      },
      // fact: sextortion.first-actions, minors.3018-when-age-unknown
      {
        when: all(SEXTORTION, MAYBE_MINOR),
        reason: 'not-alone-with-blackmail',
        actions: ['talk-to-trusted-adult', 'call-3018'],
        urgent: true,
        sources: ['cybermalveillance-sextorsion', 'sp-f32239'],
      },
      // An adult: 17Cyber and Cybermalveillance diagnose and guide (fact: complaint.17cyber).
      {
        when: all(SEXTORTION, ADULT),
        reason: 'cyber-help-for-adults',
        actions: ['get-help-17cyber'],
        sources: ['cybermalveillance-17cyber'],
      },
      {
        when: ALWAYS,
        reason: 'replying-feeds-harassment',
        actions: ['do-not-reply', 'do-not-share'],
        sources: ['cnil-reagir', 'pn-pharos'],
      },
      // A like, a comment or a share can make a witness part of a "raid" (C. pén. 222-33-2-2,
      // last paragraph; fact: witness.joining-in-is-a-raid).
      {
        when: WITNESS,
        reason: 'joining-in-can-be-harassment',
        actions: ['do-not-join-in'],
        sources: ['cp-222-33-2-2'],
      },
      {
        // Capture (or report in the app) before blocking: it can delete the conversation. When
        // only sexual images of a minor are at stake, there is nothing to capture.
        when: all(ON_BEHALF_OF_TARGET, any(CAPTURE_APPLIES, SEXTORTION)),
        reason: 'capture-then-block',
        actions: ['capture-before-blocking'],
        sources: ['cnil-reagir'],
      },
      {
        when: ON_BEHALF_OF_TARGET,
        reason: 'block-and-restrict',
        actions: ['block-and-report-author', 'restrict-audience'],
        sources: ['cnil-reagir'],
      },
      // Passwords, two-step sign-in; 17Cyber for advice (fact: adults.secure-accounts).
      {
        when: ON_BEHALF_OF_TARGET,
        reason: 'accounts-can-be-secured',
        actions: ['secure-accounts'],
        sources: ['cybermalveillance-17cyber'],
      },
      // Talk with the child without blaming them (fact: parents.talk-without-blaming).
      {
        when: PARENT,
        reason: 'child-needs-support',
        actions: ['talk-without-blaming'],
        sources: ['e-enfance-3018'],
      },
    ],
  },
  {
    id: 'keep-evidence',
    notApplicable: [],
    doneWhen: [
      { when: is('evidence', 'complete'), reason: 'evidence-complete', sources: ['sp-f32239'] },
    ],
    guidance: [
      // The blackmail messages, the profile, the payment details and the contacts threatened,
      // cropped so that no intimate image shows (fact: sextortion.what-to-capture).
      {
        when: SEXTORTION,
        reason: 'blackmail-evidence-without-images',
        actions: ['capture-blackmail-without-images', 'keep-in-journal'],
        sources: ['cybermalveillance-sextorsion', 'cp-227-23'],
      },
      {
        when: CAPTURE_APPLIES,
        reason: 'evidence-needed-for-removal-and-complaint',
        actions: ['capture-date-time-url-author', 'keep-in-journal'],
        sources: ['sp-f32239', 'sp-f31979'],
      },
      {
        when: all(CAPTURE_APPLIES, is('visibility', 'private', 'both')),
        reason: 'private-messages-count',
        actions: ['capture-private-messages'],
        sources: ['sp-f32239'],
      },
      {
        when: all(CAPTURE_APPLIES, is('frequency', 'group')),
        reason: 'several-authors',
        actions: ['capture-every-account'],
        sources: ['sp-f32239'],
      },
      {
        when: MINOR_SEXUAL_IMAGES,
        reason: 'content-must-not-be-copied',
        actions: ['do-not-capture-sexual-content-of-minor'],
        sources: ['cp-227-23'],
      },
      // Images posted somewhere are reported by their address, which is what to keep.
      {
        when: MUST_NOT_COPY,
        reason: 'keep-address-of-images',
        actions: ['keep-url-and-handle-only'],
        sources: ['cp-227-23', 'takeitdown-faq'],
      },
      {
        when: ON_BEHALF_OF_TARGET,
        reason: 'other-evidence-helps',
        actions: ['witness-statement', 'medical-certificate'],
        sources: ['sp-f32239'],
      },
      {
        when: WITNESS,
        reason: 'witness-can-testify',
        actions: ['witness-statement'],
        sources: ['sp-f32239'],
      },
      // A witness does not file the complaint, but can report the facts to the procureur (CPP 40
      // al. 1: « dénonciations ») or to a police officer online (fact: witness.report-to-procureur).
      {
        when: WITNESS,
        reason: 'witness-can-report',
        actions: ['witness-report-to-procureur', 'witness-talk-to-police-online'],
        sources: ['cpp-art-40', 'masecurite-tchat', 'cybermalveillance-17cyber'],
      },
      // 119 for a child in danger, or at risk; an unknown age counts (fact: witness.routes).
      {
        when: all(WITNESS, MAYBE_MINOR),
        reason: 'witness-child-in-danger',
        actions: ['witness-call-119'],
        sources: ['allo-119'],
      },
      // A parent must not transfer the child's images to their own phone, even to keep them
      // (C. pén. 227-23; fact: parents.do-not-transfer-images).
      {
        when: all(PARENT, MINOR_SEXUAL_IMAGES),
        reason: 'parent-must-not-hold-images',
        actions: ['parent-do-not-transfer-images'],
        sources: ['cp-227-23'],
      },
      {
        when: all(ON_BEHALF_OF_TARGET, CAPTURE_APPLIES),
        reason: 'official-report-is-stronger',
        actions: ['commissaire-de-justice'],
        sources: ['sp-f32239'],
      },
    ],
  },
  {
    id: 'request-removal',
    notApplicable: [],
    doneWhen: [
      { when: is('platformReport', 'removed'), reason: 'content-removed', sources: ['dsa-art-16'] },
    ],
    guidance: [
      {
        // Not reported yet, or not said yet: reporting is the first move.
        when: not(is('platformReport', 'pending', 'removed', 'refused')),
        reason: 'platform-must-act-on-notice',
        actions: ['report-to-platform', 'send-dsa-notice'],
        // A platform that keeps manifestly illegal content it knows of "peut engager sa
        // responsabilité" (fact: dsa.liability-may-be-engaged).
        sources: ['sp-f32239', 'dsa-art-16', 'dsa-art-6'],
      },
      {
        when: all(is('platformReport', 'not-done'), MUST_NOT_COPY),
        reason: 'report-by-address-only',
        actions: ['report-without-attaching-content'],
        sources: ['dsa-art-16', 'pointdecontact'],
      },
      {
        when: is('platformReport', 'pending'),
        reason: 'platform-must-answer',
        actions: ['wait-for-platform-decision'],
        sources: ['dsa-ods'],
      },
      {
        when: is('platformReport', 'refused'),
        reason: 'refusal-can-be-challenged',
        actions: ['platform-internal-appeal', 'out-of-court-body', 'judge-through-lawyer'],
        // Appeals and out-of-court bodies do not bind micro and small platforms (DSA art. 19);
        // the judge: accelerated procedure or référé, through a lawyer (fact:
        // dsa.small-platforms-exempt, fact: removal.refere-835).
        sources: ['dsa-ods', 'dsa-art-19', 'lcen-6-3', 'cpc-835'],
      },
      {
        when: all(MINOR, not(is('platformReport', 'removed'))),
        reason: 'trusted-flagger-for-minors',
        actions: ['call-3018-fast-removal'],
        sources: ['sp-f32239', 'arcom-e-enfance'],
      },
      {
        when: all(MINOR, ON_BEHALF_OF_TARGET),
        reason: 'minor-right-to-erasure',
        actions: ['request-erasure-minor-data', 'cnil-after-one-month'],
        sources: ['lil-art-51', 'rgpd-art-17'],
      },
      // At any age for data published while a minor (fact:
      // erasure.any-age-for-data-published-while-minor); the site may invoke exceptions.
      {
        when: all(ON_BEHALF_OF_TARGET, is('publishedWhileMinor', 'yes')),
        reason: 'published-while-minor',
        actions: ['request-erasure-minor-data', 'cnil-after-one-month'],
        sources: ['lil-art-51', 'rgpd-art-17'],
      },
      {
        when: all(MAYBE_MINOR, has('intimate-images', 'sextortion'), ON_BEHALF_OF_TARGET),
        reason: 'intimate-images-of-a-minor',
        actions: ['take-it-down'],
        sources: ['takeitdown-faq'],
      },
      {
        when: all(ADULT, has('intimate-images', 'sextortion'), ON_BEHALF_OF_TARGET),
        reason: 'intimate-images-of-an-adult',
        actions: ['stopncii'],
        sources: ['stopncii'],
      },
      {
        when: all(has('personal-info', 'rumours'), ON_BEHALF_OF_TARGET),
        reason: 'search-results-can-be-delisted',
        actions: ['search-delisting'],
        sources: ['sp-f32239'],
      },
    ],
  },
  {
    id: 'file-complaint',
    notApplicable: [
      { when: WITNESS, reason: 'only-target-files-complaint', sources: ['sp-f1435'] },
    ],
    doneWhen: [
      { when: is('complaint', 'filed'), reason: 'complaint-filed', sources: ['cpp-15-3'] },
    ],
    guidance: [
      {
        when: ALWAYS,
        reason: 'harassment-is-an-offence',
        actions: ['file-at-police-or-gendarmerie', 'police-must-register', 'letter-to-procureur'],
        sources: ['sp-f32239', 'sp-f1435', 'cpp-15-3'],
      },
      {
        when: is('author', 'named'),
        reason: 'author-known',
        actions: ['complaint-against-named-author'],
        sources: ['sp-f1435'],
      },
      {
        when: AUTHOR_NOT_NAMED,
        reason: 'author-unknown',
        actions: ['complaint-against-x'],
        sources: ['sp-f1435'],
      },
      // No online complaint for harassment, threats or insults to this day (CPP D8-2-1); the
      // visioplainte was an experiment whose status is uncertain: never offered as available
      // (fact: complaint.no-online-complaint-for-harassment, fact: complaint.visioplainte-uncertain).
      {
        when: ALWAYS,
        reason: 'online-complaint-not-open',
        actions: ['online-complaint-not-possible'],
        sources: ['cpp-d8-2-1', 'visioplainte'],
      },
      // Online complaint for blackmail (CPP D8-2-1): with FranceConnect, so for the adult
      // themself (fact: complaint.thesee-adults-only).
      {
        when: all(ADULT, is('role', 'victim'), SEXTORTION),
        reason: 'online-complaint-for-blackmail',
        actions: ['thesee-online-complaint'],
        sources: ['sp-r45983'],
      },
      {
        when: MINOR,
        reason: 'minor-can-file',
        actions: [
          'minor-may-file-alone',
          'parents-may-file-for-child',
          'civil-party-through-parents',
          // fact: minors.police-inform-parents
          'police-usually-inform-parents',
        ],
        sources: ['masecurite-mineur-plainte', 'sp-f1567'],
      },
      // Said plainly so that the teenager is not surprised (fact: minors.hearing-filmed).
      {
        when: all(MINOR, SEXUAL_CONTENT),
        reason: 'minor-hearing-is-filmed',
        actions: ['hearing-is-filmed'],
        sources: ['cpp-706-52'],
      },
      // For a minor, not THESEE (FranceConnect): the police chat for minors (fact:
      // complaint.thesee-adults-only).
      {
        when: all(MINOR, SEXTORTION),
        reason: 'police-chat-for-minors',
        actions: ['espace-mineurs-chat'],
        sources: ['masecurite-espace-mineurs'],
      },
      {
        when: is('complaint', 'refused'),
        reason: 'registration-refused',
        actions: ['registration-refused-send-letter'],
        sources: ['cpp-15-3', 'sp-f1435'],
      },
      {
        when: ALWAYS,
        reason: 'help-is-free',
        actions: ['france-victimes-help', 'lawyer-and-legal-aid'],
        sources: ['france-victimes', 'sp-f32239'],
      },
      // One line of information: the court, not the victim, can ban the author's accounts (loi
      // SREN; fact: complaint.account-suspension-penalty).
      {
        when: ALWAYS,
        reason: 'court-can-suspend-accounts',
        actions: ['author-accounts-can-be-suspended'],
        sources: ['cp-131-35-1'],
      },
      {
        when: all(PRESS_OFFENCES, is('lastAct', 'under-3-months')),
        reason: 'press-deadline-running',
        actions: ['act-within-three-months'],
        sources: ['loi-1881-art-65', 'sp-f31982'],
      },
      {
        when: all(is('frequency', 'repeated', 'group'), not(MINOR_SEXUAL_OFFENCE)),
        reason: 'harassment-time-limit',
        actions: ['six-years-from-last-act'],
        sources: ['sp-f31982'],
      },
      // Counted from majority for sexual offences against a minor: never "6 years after the last
      // message" to them (fact: time-limits.minor-sexual-offences).
      {
        when: MINOR_SEXUAL_OFFENCE,
        reason: 'minor-sexual-time-limit',
        actions: ['longer-time-limit-for-minor'],
        sources: ['sp-f31982'],
      },
      {
        when: any(PRESS_TIME_LIMIT_REACHED, TIME_LIMIT_PASSED),
        reason: 'time-limit-may-have-passed',
        actions: ['ask-lawyer-about-time-limit'],
        sources: ['sp-f31982', 'loi-1881-art-65', 'sp-f36493'],
      },
      // 3919, a line first for women (fact: partners.3919-for-women).
      {
        when: IN_A_RELATIONSHIP,
        reason: 'partner-violence',
        actions: ['call-3919'],
        sources: ['solidarite-femmes-3919'],
      },
      // Spouse, concubin or PACS partner, current or former (fact: adults.protection-order).
      {
        when: BY_PARTNER,
        reason: 'protection-order-possible',
        actions: ['protection-order'],
        sources: ['cc-515-9'],
      },
      // The employer must prevent harassment and protect (fact: work.employer-duties).
      {
        when: AT_WORK,
        reason: 'employer-must-protect',
        actions: [
          'tell-employer',
          'occupational-doctor',
          'staff-representatives',
          'labour-inspectorate',
          'defenseur-des-droits',
        ],
        sources: ['cp-222-33-2', 'ct-l1152-1', 'ct-l4121-1'],
      },
      // The harassing pupil can be moved to another school; the parents of a minor author answer
      // for the harm (fact: school.move-harassing-pupil, fact: minors.parents-civil-liability).
      {
        when: all(PARENT, is('context', 'school')),
        reason: 'school-must-protect-pupil',
        actions: ['ask-to-move-harassing-pupil', 'authors-parents-liable'],
        sources: ['decret-2023-782', 'cc-1242'],
      },
      // Public agents, private-school teachers under contract included, must report (CPP 40 al. 2);
      // other staff may (al. 1); health staff: secrecy and its exceptions (fact:
      // school.private-school-staff, fact: minors.health-staff-secrecy).
      {
        when: is('role', 'professional'),
        reason: 'professional-duties',
        actions: ['professional-inform-head', 'professional-article-40', 'health-staff-secrecy'],
        sources: ['education-l111-6', 'cpp-art-40', 'education-l442-5', 'cp-226-14'],
      },
      // CRIP for a child in danger or at risk; the procureur directly for a grave danger (fact:
      // minors.grave-danger-procureur).
      {
        when: all(is('role', 'professional'), MINOR),
        reason: 'professional-child-protection',
        actions: ['professional-information-preoccupante', 'professional-grave-danger-procureur'],
        sources: ['casf-l226-2-1', 'casf-l226-4'],
      },
    ],
  },
  {
    id: 'report-pharos',
    notApplicable: [
      {
        when: not(any(PHAROS_CATEGORIES, STRANGER_APPROACHING_MINOR)),
        reason: 'pharos-category-not-covered',
        sources: ['sp-f31979', 'moncommissariat-pharos'],
      },
      {
        when: all(
          any(PHAROS_CATEGORIES, STRANGER_APPROACHING_MINOR),
          not(PUBLIC),
          not(STRANGER_APPROACHING_MINOR),
        ),
        reason: 'pharos-not-for-private-matters',
        sources: ['moncommissariat-pharos', 'sp-f31979'],
      },
    ],
    doneWhen: [],
    guidance: [
      {
        when: PHAROS_APPLIES,
        reason: 'pharos-handles-this-content',
        actions: ['report-on-pharos'],
        sources: ['sp-r17674', 'sp-f31979'],
      },
      {
        when: all(PHAROS_APPLIES, IN_DANGER),
        reason: 'pharos-is-not-an-emergency-service',
        actions: ['pharos-not-for-emergencies'],
        sources: ['pn-pharos'],
      },
    ],
  },
];
