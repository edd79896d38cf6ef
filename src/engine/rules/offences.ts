import type { OffenceId, SourceId } from '../model/catalog.ts';
import type { Condition } from '../model/condition.ts';
import { all, any, BY_PARTNER, has, MINOR, not, PUPIL_BY_SCHOOL, REPEATED } from './conditions.ts';

/** When `when` holds, the facts may constitute `offence`, defined and punished by `sources`. */
export interface OffenceRow {
  readonly offence: OffenceId;
  readonly when: Condition;
  readonly sources: readonly SourceId[];
}

/**
 * The offences the facts may constitute, one row each, in the order of `OFFENCE_IDS` (rows naming
 * the same offence would be merged). Balise asks no more than a few questions, so a row says what
 * the facts *may* constitute, never that they do. Legal basis: shared/legal-facts.md § 8.1, cited
 * through the source ids; names and references live in src/content/fr/offences.ts.
 */
export const OFFENCE_RULES: readonly OffenceRow[] = [
  // The general offence, whenever neither of the two specific ones applies.
  {
    offence: 'harassment',
    when: all(REPEATED, not(PUPIL_BY_SCHOOL), not(BY_PARTNER)),
    sources: ['cp-222-33-2-2'],
  },
  {
    offence: 'school-harassment',
    when: all(REPEATED, PUPIL_BY_SCHOOL),
    sources: ['cp-222-33-2-3'],
  },
  { offence: 'partner-harassment', when: all(REPEATED, BY_PARTNER), sources: ['cp-222-33-2-1'] },
  // A single written message is enough for threats (§ 8.1): no repetition needed.
  { offence: 'threats', when: has('threats'), sources: ['cp-222-17'] },
  // Public: loi du 29/07/1881; private (message, closed group): contraventions of the C. pén.
  { offence: 'insult', when: has('insults'), sources: ['loi-1881-art-29-33', 'cp-r621-1-r621-2'] },
  {
    offence: 'defamation',
    when: has('rumours'),
    sources: ['loi-1881-art-29-33', 'cp-r621-1-r621-2'],
  },
  {
    offence: 'discriminatory-hate',
    when: has('hate'),
    sources: ['loi-1881-art-29-33', 'cp-r625-7-r625-8-1'],
  },
  // 226-2-1 applies whatever the age (§ 8.1: a minor's images fall *also* under 227-23), so it
  // is named for an adult and for an age not known; for a minor, the next row names 227-23
  // instead. The option includes montages, hence 226-8-1 (sexual deepfakes, loi SREN).
  {
    offence: 'intimate-images',
    when: all(has('intimate-images'), not(MINOR)),
    sources: ['cp-226-2-1', 'cp-226-8-1'],
  },
  {
    offence: 'child-sexual-images',
    when: any(has('child-sexual'), all(MINOR, has('intimate-images', 'sextortion'))),
    sources: ['cp-227-23'],
  },
  // Constituted even without threat or constraint (227-23-1); 227-22-2: inciting sexual acts.
  {
    offence: 'sexual-solicitation-of-minor',
    when: all(MINOR, has('sextortion')),
    sources: ['cp-227-23-1', 'cp-227-22-2'],
  },
  // Sextortion of an adult (or of someone whose age is not known): chantage.
  { offence: 'blackmail', when: all(has('sextortion'), not(MINOR)), sources: ['cp-312-10'] },
  { offence: 'identity-theft', when: has('identity-theft'), sources: ['cp-226-4-1'] },
  // 223-1-1 also needs a direct risk to people or property that the author could not ignore.
  { offence: 'doxxing', when: has('personal-info'), sources: ['cp-223-1-1'] },
  // The fact sheet names no article: PHAROS's "terrorisme" category is the reference.
  { offence: 'terrorist-content', when: has('terrorism'), sources: ['sp-f31979'] },
];
