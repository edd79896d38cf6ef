import type { ContactId, SourceId } from '../engine/index.ts';

/** How to reach a help line: the same in every language, so numbers are written once. */
export interface ContactLine {
  /** Number to dial (tel: link), digits only. */
  readonly tel: string;
  /** Number for an SMS (sms: link), when texting is the way to reach it. */
  readonly sms?: string;
  /** Where the number and its hours come from. */
  readonly source: SourceId;
}

/** Every help line's number; each locale's `questions.contacts` gives its name, use and hours. */
export const CONTACT_LINES: Readonly<Record<ContactId, ContactLine>> = {
  // fact: emergency.17-police
  '17': { tel: '17', source: 'sp-f33954' },
  // fact: emergency.112-europe
  '112': { tel: '112', source: 'sp-f33954' },
  // fact: emergency.114-sms
  '114': { tel: '114', sms: '114', source: 'sp-f33954' },
  // fact: emergency.15-samu
  '15': { tel: '15', source: 'sp-f33954' },
  // fact: emergency.3114-suicide
  '3114': { tel: '3114', source: 'sante-3114' },
  // fact: emergency.3018-young-victims
  '3018': { tel: '3018', source: 'sp-f32239' },
  // fact: emergency.119-child-in-danger
  '119': { tel: '119', source: 'allo-119' },
  // fact: emergency.3919-violences-femmes
  '3919': { tel: '3919', source: 'solidarite-femmes-3919' },
  // fact: emergency.116006-france-victimes
  '116006': { tel: '116006', source: 'france-victimes' },
};
