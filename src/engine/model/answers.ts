/**
 * The answers a person gives, and every option id the engine knows.
 * Option lists are `as const` tuples so that types, validation and the UI all read one source.
 */

export const ROLES = ['victim', 'parent', 'professional', 'witness'] as const;
export const AGE_BANDS = ['under-15', '15-17', 'adult', 'unknown'] as const;
export const DANGERS = ['none', 'physical', 'self-harm'] as const;
export const CONTENT_KINDS = [
  'insults',
  'rumours',
  'threats',
  'intimate-images',
  'sextortion',
  'identity-theft',
  'personal-info',
  'hate',
  'child-sexual',
  'terrorism',
  'other',
] as const;
/**
 * Whether the person was under 18 when the content was published: the right to erasure of data
 * collected during minority can be used at any age (loi 78-17 art. 51-II; fact:
 * erasure.any-age-for-data-published-while-minor).
 */
export const PUBLISHED_WHILE_MINOR = ['yes', 'no', 'unknown'] as const;
/** `group` = several people acting together or one after another (a "raid"). */
export const FREQUENCIES = ['once', 'repeated', 'group'] as const;
export const VISIBILITIES = ['public', 'private', 'both'] as const;
export const AUTHORS = ['named', 'pseudonym', 'unknown'] as const;
/**
 * Who the author is to the person targeted. `partner`: a spouse, concubin or PACS partner, current
 * or former (C. pén. 222-33-2-1; concubinage is a stable life together, C. civ. 515-8). `dating`: a
 * boyfriend or girlfriend (or an ex) without that life together, so that a teenager can say
 * "petit ami / petite amie" without being placed under 222-33-2-1 (fact: partners.who-is-a-partner).
 */
export const CONTEXTS = ['school', 'partner', 'dating', 'work', 'other'] as const;
/** `refused` = the platform refused, or did not answer. */
export const PLATFORM_REPORTS = ['not-done', 'pending', 'removed', 'refused'] as const;
export const EVIDENCE_LEVELS = ['none', 'partial', 'complete'] as const;
/** `refused` = the police or gendarmerie would not register the complaint. */
export const COMPLAINTS = ['not-done', 'filed', 'refused'] as const;
export const LAST_ACTS = [
  'under-3-months',
  '3-to-12-months',
  '1-to-6-years',
  'over-6-years',
] as const;
export const STEP_IDS = [
  'emergency',
  'dont-reply',
  'keep-evidence',
  'request-removal',
  'file-complaint',
  'report-pharos',
] as const;

export type Role = (typeof ROLES)[number];
export type AgeBand = (typeof AGE_BANDS)[number];
export type Danger = (typeof DANGERS)[number];
export type ContentKind = (typeof CONTENT_KINDS)[number];
export type PublishedWhileMinor = (typeof PUBLISHED_WHILE_MINOR)[number];
export type Frequency = (typeof FREQUENCIES)[number];
export type Visibility = (typeof VISIBILITIES)[number];
export type Author = (typeof AUTHORS)[number];
export type Context = (typeof CONTEXTS)[number];
export type PlatformReport = (typeof PLATFORM_REPORTS)[number];
export type Evidence = (typeof EVIDENCE_LEVELS)[number];
export type Complaint = (typeof COMPLAINTS)[number];
export type LastAct = (typeof LAST_ACTS)[number];
export type StepId = (typeof STEP_IDS)[number];

/** Everything the engine decides from. Store these; derive everything else. */
export interface Answers {
  readonly role?: Role;
  readonly danger?: Danger;
  readonly age?: AgeBand;
  readonly contentKinds?: readonly ContentKind[];
  readonly publishedWhileMinor?: PublishedWhileMinor;
  readonly frequency?: Frequency;
  readonly visibility?: Visibility;
  readonly author?: Author;
  readonly context?: Context;
  readonly evidence?: Evidence;
  readonly platformReport?: PlatformReport;
  readonly complaint?: Complaint;
  readonly lastAct?: LastAct;
  /** Steps the user marked as done. */
  readonly done?: readonly StepId[];
}

export type QuestionId = Exclude<keyof Answers, 'done'>;
/** Questions answered with exactly one option. */
export type SingleQuestionId = Exclude<QuestionId, 'contentKinds'>;
/** The option ids of one question. */
export type OptionOf<Q extends QuestionId> =
  NonNullable<Answers[Q]> extends readonly (infer E)[] ? E : NonNullable<Answers[Q]>;

/** Every question's options, in the order they are offered. */
export const OPTIONS: { readonly [Q in QuestionId]: readonly OptionOf<Q>[] } = {
  role: ROLES,
  danger: DANGERS,
  age: AGE_BANDS,
  contentKinds: CONTENT_KINDS,
  publishedWhileMinor: PUBLISHED_WHILE_MINOR,
  frequency: FREQUENCIES,
  visibility: VISIBILITIES,
  author: AUTHORS,
  context: CONTEXTS,
  evidence: EVIDENCE_LEVELS,
  platformReport: PLATFORM_REPORTS,
  complaint: COMPLAINTS,
  lastAct: LAST_ACTS,
};
