import type { OffenceId, SourceId } from '../model/catalog.ts';
import type { Condition } from '../model/condition.ts';
import {
  all,
  any,
  AT_WORK,
  BY_DATING_PARTNER,
  BY_PARTNER,
  has,
  MINOR,
  not,
  PUPIL_BY_SCHOOL,
  REPEATED,
} from './conditions.ts';

/** When `when` holds, the facts may constitute `offence`, defined and punished by `sources`. */
export interface OffenceRow {
  readonly offence: OffenceId;
  readonly when: Condition;
  readonly sources: readonly SourceId[];
}

/**
 * The offences the facts may constitute, one row each, in the order of `OFFENCE_IDS` (rows naming
 * the same offence would be merged). Balise asks no more than a few questions, so a row says what
 * the facts *may* constitute, never that they do. Legal basis: the `offences.*` facts of
 * docs/facts, cited through the source ids; names and references live in src/content/fr/offences.ts.
 */
export const OFFENCE_RULES: readonly OffenceRow[] = [
  // The general offence, whenever none of the specific ones applies. A boyfriend or girlfriend
  // without a life together stays here (fact: partners.dating-not-222-33-2-1).
  {
    offence: 'harassment',
    when: all(REPEATED, not(PUPIL_BY_SCHOOL), not(BY_PARTNER), not(AT_WORK)),
    sources: ['cp-222-33-2-2'],
  },
  {
    offence: 'school-harassment',
    when: all(REPEATED, PUPIL_BY_SCHOOL),
    sources: ['cp-222-33-2-3'],
  },
  // Spouse, concubin or PACS partner, current or former only (fact: partners.who-is-a-partner).
  { offence: 'partner-harassment', when: all(REPEATED, BY_PARTNER), sources: ['cp-222-33-2-1'] },
  // Without a life together, 222-33-2-1 only *may* apply: named beside the general offence, in
  // words that say so (src/content/fr/offences.ts).
  {
    offence: 'dating-partner-harassment',
    when: all(REPEATED, BY_DATING_PARTNER),
    sources: ['cp-222-33-2-1'],
  },
  // A colleague or superior: harcèlement moral at work (fact: work.harassment-222-33-2).
  { offence: 'workplace-harassment', when: all(REPEATED, AT_WORK), sources: ['cp-222-33-2'] },
  // A single written message is enough for threats: no repetition needed (fact: offences.threats-222-17).
  { offence: 'threats', when: has('threats'), sources: ['cp-222-17'] },
  // Public: loi du 29/07/1881; private (message, closed group): contraventions of the C. pén.
  { offence: 'insult', when: has('insults'), sources: ['loi-1881-art-29-33', 'cp-r621-1-r621-2'] },
  // A false story may come as a montage of someone's words or image: 226-8, beside the sexual
  // montage of 226-8-1 (fact: offences.non-sexual-montage-226-8).
  {
    offence: 'defamation',
    when: has('rumours'),
    sources: ['loi-1881-art-29-33', 'cp-r621-1-r621-2', 'cp-226-8'],
  },
  {
    offence: 'discriminatory-hate',
    when: has('hate'),
    sources: ['loi-1881-art-29-33', 'cp-r625-7-r625-8-1'],
  },
  // 226-2-1 applies whatever the age (a minor's images fall *also* under 227-23), so it
  // is named for an adult and for an age not known; for a minor, the next row names 227-23
  // instead. The option includes montages, hence 226-8-1 (sexual deepfakes, loi SREN).
  // fact: offences.intimate-images-226-2-1, offences.sexual-deepfake-226-8-1
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
  // Chantage (312-10) or extorsion (312-1), whatever the victim's age (fact:
  // offences.blackmail-any-age).
  { offence: 'blackmail', when: has('sextortion'), sources: ['cp-312-10', 'cp-312-1'] },
  { offence: 'identity-theft', when: has('identity-theft'), sources: ['cp-226-4-1'] },
  // 223-1-1 also needs a direct risk to people or property that the author could not ignore.
  { offence: 'doxxing', when: has('personal-info'), sources: ['cp-223-1-1'] },
  // Provocation to or apology of terrorism online (fact: offences.terrorism-421-2-5).
  { offence: 'terrorist-content', when: has('terrorism'), sources: ['cp-421-2-5'] },
];
