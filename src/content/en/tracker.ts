import type { Catalogue } from '../catalogue.ts';

/* Words of "Following my reports" (/suivi) and of its summary on the plan, in English. */
export const tracker: Catalogue['tracker'] = {
  title: 'Following my reports',
  lead: 'Note here every report, complaint or request you sent: from what is noted, Balise recalls the known time limits and what is possible if it gets no answer or is refused. Nothing leaves this device.',
  kinds: {
    platform: 'Report to a platform',
    pharos: 'Report on PHAROS',
    complaint: 'Complaint (police, gendarmerie or public prosecutor)',
    erasure: 'Erasure request to a website',
    school: 'Report to the school',
  },
  listTitle: 'Reports noted',
  empty: 'No report noted yet.',
  sentOn: 'Sent on {date}',
  to: 'To: {to}',
  reference: 'Reference: {reference}',
  reasons: 'Reasons given: {reasons}',
  status: {
    waiting: 'Waiting for an answer.',
    waitingUntil: 'No answer yet. From {due}, another step becomes possible.',
    late: 'No answer noted: since {due}, another step is possible.',
    done: 'Answer of {on}: done.',
    refused: 'Answer of {on}: refused.',
  },
  next: {
    'civil-party':
      'After a decision to take no further action, or three months without a decision, a complaint as a civil party before the senior investigating judge becomes possible. For a complaint filed at a police or gendarmerie station, the three months count from sending a copy to the public prosecutor by registered letter with acknowledgement of receipt. For a minor, the parents or legal guardians file it. For insults or defamation it is possible at once, and waiting is not advised: the time limit to act is 3 months after publication (1 year if discriminatory). A lawyer can help, with legal aid depending on income.',
    'cnil-complaint':
      'With no erasure and no answer within a month, or after a refusal, a complaint can be made to the CNIL. It is not a criminal complaint.',
    'platform-appeal':
      'A refusal can be contested: through the platform’s internal complaint system, then before a certified out-of-court dispute settlement body (most large platforms must offer both), and always before a judge, in practice with a lawyer. For a minor, 3018 can also report the content.',
  },
  noDelay: 'No fixed legal time limit: the platform must handle the report in a timely manner.',
  pharosNote:
    'PHAROS does not necessarily answer each report; that does not mean nothing is done. Reporting is not filing a complaint.',
  toStep: 'See the plan’s step',
  icsSummary: '{kind}: no answer from this day',
  stepLinks: 'Note a report made',
  documentLink:
    'Once sent, note it in the follow-up: Balise will say where it stands and what to do next.',
  stepLink: 'Sent it? Note it in the follow-up: {kind}',
  edit: 'Change',
  remove: 'Delete',
  removeQuestion: 'Delete the report “{kind}” of {date}? It will no longer be followed.',
  removeConfirm: 'Yes, delete',
  cancel: 'Cancel',
  saved: 'Report saved.',
  removed: 'Report deleted.',
  form: {
    addTitle: 'Note a report',
    editTitle: 'Change the report of {date}',
    kind: 'Which report?',
    sentOn: 'Date sent or filed',
    sentOnHint: 'The day the report, complaint or request was sent.',
    to: 'To whom',
    toHint: 'For example: Instagram, the town’s police station, the school.',
    reference: 'Reference or tracking number',
    referenceHint: 'The number of the receipt, ticket or report, if there is one.',
    answered: 'An answer came',
    answeredHint: 'Tick when the platform, the police, the website or the school answered.',
    answerOn: 'Date of the answer',
    outcome: 'Which answer?',
    outcomes: {
      done: 'Done: removed, erased or registered',
      refused:
        'Refused, or complaint closed with no further action (the police and gendarmerie cannot refuse to register a complaint)',
    },
    reasons: 'What the answer says',
    reasonsHint: 'The reasons given, copied or summed up.',
    save: 'Save the report',
    cancel: 'Cancel',
    problemsTitle: 'The report is not saved yet:',
    problems: {
      'sent-on': 'Give the date it was sent.',
      'sent-on-future': 'The date sent cannot be after today.',
      'answer-on': 'Give the date of the answer.',
      'answer-before-sent': 'The answer cannot be dated before the report was sent.',
      'answer-future': 'The date of the answer cannot be after today.',
      outcome: 'Choose the answer received.',
      'too-many': 'The list is full (200 reports): delete one to note another.',
    },
  },
  storage: {
    full: 'This device is out of space: the report stays shown here but will be lost when the tab closes. Free some space, then save it again.',
    unavailable:
      'This browser does not let Balise keep reports (private browsing or a setting): they stay shown here until the tab closes.',
    unreadable:
      'The reports kept on this device could not be read: they were set aside, not erased. The list starts empty.',
    dismiss: 'I understand',
  },
  plan: {
    title: 'My reports',
    empty: 'Reports, complaints and requests noted in the follow-up show here where they stand.',
    open: 'Follow my reports',
  },
};
