import type { ContactId, DocumentId, WarningId } from '../model/catalog.ts';
import type { Condition } from '../model/condition.ts';
import {
  ALWAYS,
  all,
  COMPLAINT_POSSIBLE,
  any,
  IN_A_RELATIONSHIP,
  IN_DANGER,
  is,
  MAYBE_MINOR,
  MINOR,
  MINOR_SEXUAL_IMAGES,
  not,
  ON_BEHALF_OF_TARGET,
  PHAROS_APPLIES,
  PRESS_TIME_LIMIT_REACHED,
  TIME_LIMIT_PASSED,
  WITNESS,
} from './conditions.ts';

/** A plan-wide row: when `when` holds, the plan lists these contacts, documents and warnings. */
export interface PlanRow {
  readonly when: Condition;
  readonly contacts?: readonly ContactId[];
  readonly documents?: readonly DocumentId[];
  readonly warnings?: readonly WarningId[];
}

/**
 * Contacts that come before every other when `when` holds, in this order; the rest keep the
 * catalog's order. Thoughts of self-harm: the suicide prevention line first, then the SAMU
 * (sources sante-3114, sp-f33954).
 */
export interface ContactPriorityRow {
  readonly when: Condition;
  readonly first: readonly ContactId[];
}

export const CONTACT_PRIORITY: readonly ContactPriorityRow[] = [
  { when: is('danger', 'self-harm'), first: ['3114', '15'] },
];

export const PLAN_RULES: readonly PlanRow[] = [
  // Emergency numbers (service-public F33954): 114 by SMS for whoever cannot speak.
  { when: IN_DANGER, contacts: ['17', '112', '114'] },
  { when: is('danger', 'self-harm'), contacts: ['3114', '15'] },
  { when: all(IN_DANGER, MINOR), contacts: ['119'] },
  // 3018: young victims of online violence, parents and witnesses; trusted flagger. Offered
  // when the age is not known too, "si la personne a moins de 18 ans": better shown wrongly than
  // hidden from a child (fact: minors.3018-when-age-unknown).
  { when: MAYBE_MINOR, contacts: ['3018'] },
  // 119: a witness may call it for a child in danger, or at risk (fact: witness.routes).
  { when: all(WITNESS, MAYBE_MINOR), contacts: ['119'] },
  // 3919: a line first for women facing violence from a partner or ex, with or without a life
  // together, including online; its words say so (fact: partners.3919-for-women).
  { when: IN_A_RELATIONSHIP, contacts: ['3919'] },
  // 116 006: France Victimes helps with a complaint, free.
  { when: COMPLAINT_POSSIBLE, contacts: ['116006'] },

  { when: not(is('platformReport', 'removed')), documents: ['platform-notice'] },
  // A minor, or an adult who was under 18 when it was published and writes for themself
  // (fact: erasure.any-age-for-data-published-while-minor).
  {
    when: any(
      all(MINOR, ON_BEHALF_OF_TARGET),
      all(is('role', 'victim'), is('publishedWhileMinor', 'yes')),
    ),
    documents: ['erasure-request'],
  },
  { when: COMPLAINT_POSSIBLE, documents: ['complaint-letter', 'front-desk-sheet'] },
  {
    when: all(is('context', 'school'), is('role', 'parent', 'professional')),
    documents: ['school-report'],
  },
  { when: ALWAYS, documents: ['action-plan'] },

  // The images only: messages and profiles stay evidence (fact: sextortion.copy-ban-images-only).
  { when: MINOR_SEXUAL_IMAGES, warnings: ['do-not-copy-child-sexual-content'] },
  { when: PRESS_TIME_LIMIT_REACHED, warnings: ['press-time-limit'] },
  { when: TIME_LIMIT_PASSED, warnings: ['time-limit-passed'] },
  {
    when: all(PHAROS_APPLIES, ON_BEHALF_OF_TARGET),
    warnings: ['pharos-does-not-replace-complaint'],
  },
];
