import type { Catalogue } from '../catalogue.ts';

/*
 * Words of the plan's "Time limits for taking action", dated from the journal's acts by the engine
 * (`deadlinesFor`). Impersonal where possible, so the same words fit every audience.
 */
export const deadlines: Catalogue['deadlines'] = {
  title: 'Time limits for taking action',
  intro:
    'Worked out from the dates recorded in the evidence journal. Once the time limit has passed, the facts are time-barred (« prescrits »): the courts can no longer prosecute them. Acting before the date shown is always in time.',
  // fact: time-limits.press-3-months, fact: time-limits.press-discriminatory-1-year,
  // fact: time-limits.harassment-from-last-act, fact: time-limits.offences-6-years
  dated: {
    press: {
      label: 'Insult or rumour (defamation) of {from}',
      text: 'Act before {before}: 3 months from when it was put online, which may be earlier than the date recorded. Only certain legal steps stop this time limit: it is better to act quickly and ask for advice.',
    },
    'press-discriminatory': {
      label: 'Public discriminatory remarks of {from}',
      text: 'Act before {before}: 1 year from when it was put online.',
    },
    harassment: {
      label: 'Harassment (last act recorded on {from})',
      text: 'Act before {before}: 6 years after the last act. A new act starts this time limit again, and every act in the series counts.',
    },
    offences: {
      label: 'Threats, images, identity theft… (earliest act recorded on {from})',
      text: 'Act before {before}: 6 years after the events.',
    },
  },
  passed:
    'This time limit passed on {before}. A lawyer or a victim support organisation can tell you what is still possible.',
  // fact: time-limits.minor-sexual-offences, fact: time-limits.private-discriminatory-insult-open
  undated: {
    'minor-sexual':
      'For sexual images or sexual blackmail targeting a minor, the time limit is longer: a lawyer or the 3018 helpline (against online harassment) can tell you exactly.',
    'discriminatory-open':
      'For discriminatory remarks that were not only public, the time limit is 3 months or 1 year depending on the case: to be safe, it is better to act within 3 months.',
  },
  empty: 'Acts recorded in the evidence journal show their time limits here.',
  locked: 'The evidence journal is locked: once it is unlocked, its time limits are shown here.',
  toJournal: 'Open the evidence journal',
  ics: 'Add these time limits to a calendar (.ics)',
  icsHint:
    'A calendar file is created on this device, with a reminder two weeks before each date. If someone else can see this calendar, they will see these reminders.',
  icsSummary: 'Time limit: {label}',
  icsSaved: 'The file “{file}” is in the downloads folder: opening it adds it to the calendar.',
  icsFileStem: 'calendar',
};
