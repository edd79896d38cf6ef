import type { ContentKind } from '../model/answers.ts';
import type { SourceId } from '../model/catalog.ts';

/**
 * Time limits to act, dated from the journal's acts (issue 14). Only limits the fact base states
 * firmly are dated; where it is unsure, the plan says so without a date.
 */

/** The dated limits. */
export const DEADLINE_IDS = [
  /** Insults or defamation: 3 months from publication (fact: time-limits.press-3-months). */
  'press',
  /** Discriminatory insults or defamation, public: 1 year (fact: time-limits.press-discriminatory-1-year). */
  'press-discriminatory',
  /** Harassment: 6 years from the last act (fact: time-limits.harassment-from-last-act). */
  'harassment',
  /** Other offences (threats, images, identity theft…): 6 years from the act (fact: time-limits.offences-6-years). */
  'offences',
] as const;
export type DeadlineId = (typeof DEADLINE_IDS)[number];

/** Limits the plan names without a date. */
export const UNDATED_IDS = [
  /**
   * A sexual offence against a possible minor: the limit is longer and counts from majority;
   * never "6 years" (fact: time-limits.minor-sexual-offences, time-limits.227-23-1-in-706-47).
   */
  'minor-sexual',
  /**
   * Discriminatory words not (only) public: 3 months or 1 year, the sources differ (fact:
   * time-limits.private-discriminatory-insult-open).
   */
  'discriminatory-open',
] as const;
export type UndatedId = (typeof UNDATED_IDS)[number];

interface DeadlineRule {
  /** Months from the act's date. */
  readonly months: number;
  readonly sources: readonly SourceId[];
}

export const DEADLINE_RULES: Readonly<Record<DeadlineId, DeadlineRule>> = {
  press: { months: 3, sources: ['loi-1881-art-65', 'sp-f31982'] },
  'press-discriminatory': { months: 12, sources: ['loi-1881-art-65', 'sp-f31982'] },
  harassment: { months: 72, sources: ['sp-f31982'] },
  offences: { months: 72, sources: ['sp-f31982'] },
};

/** Words (insults, rumours) whose limit is the press law's. */
export const PRESS_KINDS: readonly ContentKind[] = ['insults', 'rumours'];
/** Kinds whose 6-year limit runs for each act, whatever the frequency. */
export const OFFENCE_KINDS: readonly ContentKind[] = [
  'threats',
  'intimate-images',
  'sextortion',
  'identity-theft',
  'personal-info',
  'child-sexual',
  'terrorism',
];
