/**
 * Ids of everything a plan can contain. The engine speaks only in these ids;
 * `src/content` gives them words, per locale, and `src/content/sources` their references.
 */

export const CONTACT_IDS = [
  '17',
  '112',
  '114',
  '15',
  '3114',
  '3018',
  '119',
  '3919',
  '116006',
] as const;
export type ContactId = (typeof CONTACT_IDS)[number];

export const DOCUMENT_IDS = [
  'platform-notice',
  'erasure-request',
  'complaint-letter',
  'school-report',
  'action-plan',
] as const;
export type DocumentId = (typeof DOCUMENT_IDS)[number];

export const WARNING_IDS = [
  'do-not-copy-child-sexual-content',
  'press-time-limit',
  'time-limit-passed',
  'pharos-does-not-replace-complaint',
] as const;
export type WarningId = (typeof WARNING_IDS)[number];

/** What the person can do, as ids. A step lists the ones that fit the answers. */
export const ACTION_IDS = [
  // emergency
  'call-17',
  'call-112',
  'sms-114',
  'call-15',
  'call-3114',
  'call-119',
  // dont-reply
  'do-not-reply',
  'do-not-share',
  'capture-before-blocking',
  'block-and-report-author',
  'restrict-audience',
  // keep-evidence
  'capture-date-time-url-author',
  'capture-private-messages',
  'capture-every-account',
  'keep-in-journal',
  'witness-statement',
  'medical-certificate',
  'commissaire-de-justice',
  'do-not-capture-sexual-content-of-minor',
  'keep-url-and-handle-only',
  // request-removal
  'report-to-platform',
  'report-without-attaching-content',
  'send-dsa-notice',
  'call-3018-fast-removal',
  'request-erasure-minor-data',
  'cnil-after-one-month',
  'take-it-down',
  'stopncii',
  'search-delisting',
  'wait-for-platform-decision',
  'platform-internal-appeal',
  'out-of-court-body',
  'judge-through-lawyer',
  // file-complaint
  'file-at-police-or-gendarmerie',
  'police-must-register',
  'complaint-against-named-author',
  'complaint-against-x',
  'visioplainte',
  'letter-to-procureur',
  'minor-may-file-alone',
  'parents-may-file-for-child',
  'civil-party-through-parents',
  'registration-refused-send-letter',
  'lawyer-and-legal-aid',
  'france-victimes-help',
  'act-within-three-months',
  'six-years-from-last-act',
  'ask-lawyer-about-time-limit',
  'professional-inform-head',
  'professional-article-40',
  'professional-information-preoccupante',
  'call-3919',
  // report-pharos
  'report-on-pharos',
  'pharos-not-for-emergencies',
] as const;
export type ActionId = (typeof ACTION_IDS)[number];

/** Legal and practical references. Each id has a title, address and date in `src/content/sources`. */
export const SOURCE_IDS = [
  'sp-f33954',
  'sante-3114',
  'allo-119',
  'sp-f32239',
  'sp-f31979',
  'sp-r17674',
  'pn-pharos',
  'moncommissariat-pharos',
  'cnil-reagir',
  'dsa-art-16',
  'dsa-ods',
  'lcen-6-3',
  'arcom-e-enfance',
  'lil-art-51',
  'takeitdown-faq',
  'stopncii',
  'pointdecontact',
  'cp-227-23',
  'cpp-15-3',
  'sp-f1435',
  'sp-f1567',
  'masecurite-mineur-plainte',
  'visioplainte',
  'sp-f31982',
  'loi-1881-art-65',
  'sp-f36493',
  'france-victimes',
  'solidarite-femmes-3919',
  'education-l111-6',
  'cpp-art-40',
  'casf-l226-2-1',
  // Offences the facts may constitute (shared/legal-facts.md § 8.1).
  'cp-222-33-2-2',
  'cp-222-33-2-3',
  'cp-222-33-2-1',
  'cp-222-17',
  'loi-1881-art-29-33',
  'cp-r621-1-r621-2',
  'cp-r625-7-r625-8-1',
  'cp-226-2-1',
  'cp-226-8-1',
  'cp-227-23-1',
  'cp-227-22-2',
  'cp-312-10',
  'cp-226-4-1',
  'cp-223-1-1',
] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/**
 * Offences the facts may constitute, in the order documents list them (harassment first, then
 * words, images, and the rest). Each has a name and a reference in `src/content`.
 */
export const OFFENCE_IDS = [
  'harassment',
  'school-harassment',
  'partner-harassment',
  'threats',
  'insult',
  'defamation',
  'discriminatory-hate',
  'intimate-images',
  'child-sexual-images',
  'sexual-solicitation-of-minor',
  'blackmail',
  'identity-theft',
  'doxxing',
  'terrorist-content',
] as const;
export type OffenceId = (typeof OFFENCE_IDS)[number];

/** Why a step is in the plan, done, or not applicable. `marked-done`: the user marked it. */
export const REASON_IDS = [
  'no-immediate-danger',
  'immediate-danger',
  'self-harm-risk',
  'minor-in-danger',
  'replying-feeds-harassment',
  'capture-then-block',
  'block-and-restrict',
  'evidence-complete',
  'evidence-needed-for-removal-and-complaint',
  'private-messages-count',
  'several-authors',
  'content-must-not-be-copied',
  'other-evidence-helps',
  'witness-can-testify',
  'official-report-is-stronger',
  'content-removed',
  'platform-must-act-on-notice',
  'report-by-address-only',
  'platform-must-answer',
  'refusal-can-be-challenged',
  'trusted-flagger-for-minors',
  'minor-right-to-erasure',
  'intimate-images-of-a-minor',
  'intimate-images-of-an-adult',
  'search-results-can-be-delisted',
  'only-target-files-complaint',
  'complaint-filed',
  'harassment-is-an-offence',
  'author-known',
  'author-unknown',
  'video-complaint-available',
  'minor-can-file',
  'registration-refused',
  'help-is-free',
  'press-deadline-running',
  'harassment-time-limit',
  'time-limit-may-have-passed',
  'professional-duties',
  'professional-child-protection',
  'partner-violence',
  'pharos-category-not-covered',
  'pharos-not-for-private-matters',
  'pharos-handles-this-content',
  'pharos-is-not-an-emergency-service',
  'marked-done',
] as const;
export type ReasonId = (typeof REASON_IDS)[number];
