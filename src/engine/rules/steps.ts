import type { StepId } from '../model/answers.ts';
import type { ActionId, ReasonId, SourceId } from '../model/catalog.ts';
import type { Condition } from '../model/condition.ts';
import {
  ADULT,
  ALWAYS,
  AUTHOR_NOT_NAMED,
  all,
  any,
  has,
  IN_DANGER,
  is,
  MAYBE_MINOR,
  MINOR,
  MUST_NOT_COPY,
  not,
  ON_BEHALF_OF_TARGET,
  PHAROS_APPLIES,
  PHAROS_CATEGORIES,
  PRESS_OFFENCES,
  PRESS_TIME_LIMIT_REACHED,
  PUBLIC,
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
 * The five steps (and emergency before them). Legal basis of every row: shared/legal-facts.md,
 * cited through the source ids; the words live in src/content.
 */
export const STEP_RULES: readonly StepRules[] = [
  {
    id: 'emergency',
    notApplicable: [
      { when: not(IN_DANGER), reason: 'no-immediate-danger', sources: ['sp-f33954'] },
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
      {
        when: ALWAYS,
        reason: 'replying-feeds-harassment',
        actions: ['do-not-reply', 'do-not-share'],
        sources: ['cnil-reagir', 'pn-pharos'],
      },
      {
        // Capturing first never applies to content that must not be copied.
        when: all(ON_BEHALF_OF_TARGET, not(MUST_NOT_COPY)),
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
    ],
  },
  {
    id: 'keep-evidence',
    notApplicable: [],
    doneWhen: [
      { when: is('evidence', 'complete'), reason: 'evidence-complete', sources: ['sp-f32239'] },
    ],
    guidance: [
      {
        when: not(MUST_NOT_COPY),
        reason: 'evidence-needed-for-removal-and-complaint',
        actions: ['capture-date-time-url-author', 'keep-in-journal'],
        sources: ['sp-f32239', 'sp-f31979'],
      },
      {
        when: all(not(MUST_NOT_COPY), is('visibility', 'private', 'both')),
        reason: 'private-messages-count',
        actions: ['capture-private-messages'],
        sources: ['sp-f32239'],
      },
      {
        when: all(not(MUST_NOT_COPY), is('frequency', 'group')),
        reason: 'several-authors',
        actions: ['capture-every-account'],
        sources: ['sp-f32239'],
      },
      {
        when: MUST_NOT_COPY,
        reason: 'content-must-not-be-copied',
        actions: ['do-not-capture-sexual-content-of-minor', 'keep-url-and-handle-only'],
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
      {
        when: all(ON_BEHALF_OF_TARGET, not(MUST_NOT_COPY)),
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
        sources: ['sp-f32239', 'dsa-art-16'],
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
        sources: ['dsa-ods', 'lcen-6-3'],
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
        sources: ['lil-art-51'],
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
      {
        when: all(ADULT, is('role', 'victim'), not(SEXUAL_CONTENT)),
        reason: 'video-complaint-available',
        actions: ['visioplainte'],
        sources: ['visioplainte'],
      },
      {
        when: MINOR,
        reason: 'minor-can-file',
        actions: [
          'minor-may-file-alone',
          'parents-may-file-for-child',
          'civil-party-through-parents',
        ],
        sources: ['masecurite-mineur-plainte', 'sp-f1567'],
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
      {
        when: all(PRESS_OFFENCES, is('lastAct', 'under-3-months')),
        reason: 'press-deadline-running',
        actions: ['act-within-three-months'],
        sources: ['loi-1881-art-65', 'sp-f31982'],
      },
      {
        when: is('frequency', 'repeated', 'group'),
        reason: 'harassment-time-limit',
        actions: ['six-years-from-last-act'],
        sources: ['sp-f31982'],
      },
      {
        when: any(PRESS_TIME_LIMIT_REACHED, TIME_LIMIT_PASSED),
        reason: 'time-limit-may-have-passed',
        actions: ['ask-lawyer-about-time-limit'],
        sources: ['sp-f31982', 'loi-1881-art-65', 'sp-f36493'],
      },
      {
        when: is('context', 'couple'),
        reason: 'partner-violence',
        actions: ['call-3919'],
        sources: ['solidarite-femmes-3919'],
      },
      {
        when: is('role', 'professional'),
        reason: 'professional-duties',
        actions: ['professional-inform-head', 'professional-article-40'],
        sources: ['education-l111-6', 'cpp-art-40'],
      },
      {
        when: all(is('role', 'professional'), MINOR),
        reason: 'professional-child-protection',
        actions: ['professional-information-preoccupante'],
        sources: ['casf-l226-2-1'],
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
