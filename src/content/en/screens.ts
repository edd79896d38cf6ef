import type { Catalogue } from '../catalogue.ts';

/**
 * Words of the screens loaded on demand (the questions' page, emergency, plan, step, summary,
 * glossary), in English. French is the source of truth: src/content/fr/screens.ts. `{name}` marks a
 * value filled in by the interface.
 */
export const screens: Catalogue['screens'] = {
  question: {
    progress: 'Question {position} of {total}',
    progressLabel: 'Progress through the questions',
    why: 'Why this question?',
    multipleHint: 'You can choose more than one answer.',
    continue: 'Continue',
    back: 'Back',
    errorTitle: 'An answer is missing',
    errorChoose: {
      default: 'Choose an answer to continue.',
      young: 'Choose an answer to continue.',
    },
    errorChooseMany: {
      default: 'Choose at least one answer to continue.',
      young: 'Choose at least one answer to continue.',
    },
    notAsked: {
      default: 'With your current answers, this question does not apply to you.',
      young: 'With your current answers, this question does not apply to you.',
    },
    notAskedBecause: 'It is not asked because of these answers:',
    notAskedMissing: 'It depends on questions not asked yet:',
    unknownTitle: 'This question does not exist',
    unknownText:
      'The link you followed leads to a question that does not exist, or no longer exists. Your answers are untouched.',
    continueJourney: 'Go back to the questions',
  },
  emergency: {
    title: {
      default: 'Immediate danger: call now',
      young: 'Immediate danger: call now',
    },
    lead: {
      default:
        'If someone is in danger right now, call the emergency services. Online steps can wait.',
      young:
        'If someone is in danger right now, call the emergency services. Online steps can wait.',
    },
    pharosNote: {
      default:
        'PHAROS (the government platform for reporting illegal content online) and reports to platforms do not deal with emergencies: if there is danger, call first.',
      young:
        'PHAROS (the government platform for reporting illegal content online) and reports to platforms do not deal with emergencies: if there is danger, call first.',
    },
    smsNote: {
      default:
        'You can reach the 114 emergency number by text message (SMS): useful if you cannot speak (for a deaf or hard-of-hearing person, or if the attacker is nearby).',
      young:
        'You can reach the 114 emergency number by text message (SMS): useful if you cannot speak (for a deaf or hard-of-hearing person, or if the attacker is nearby).',
    },
    call: 'Call {number}',
    sms: 'Send a text message to {number}',
    continue: 'I understand, continue',
    backToPlan: 'Back to the plan',
  },
  plan: {
    title: { default: 'Your plan', young: 'Your plan', parent: 'The plan for your child' },
    lead: {
      default: 'Here are the steps, in order, adapted to your answers.',
      young: 'Here are the steps, in order, adapted to your answers.',
    },
    provisional: 'Plan not final yet',
    provisionalText: {
      one: '{count} question left: the plan may still change.',
      other: '{count} questions left: the plan may still change.',
    },
    continueQuestions: 'Answer the remaining questions',
    stepsTitle: 'The steps',
    next: 'Next step',
    allDone: {
      default: 'All the steps are done. Keep your evidence: it may still be useful.',
      young: 'All the steps are done. Keep your evidence: it may still be useful.',
    },
    status: { todo: 'To do', done: 'Done', 'not-applicable': 'Does not apply' },
    why: 'Why?',
    whyNot: 'Why not?',
    noAnswerNeeded: 'Recommended in every case.',
    changeAnswers: { default: 'Change your answers', young: 'Change your answers' },
    moreActions: { one: 'See the other action', other: 'See the {count} other actions' },
    showActions: { one: 'See the action', other: 'See the {count} actions' },
    markedDone: 'You marked it as done.',
    markDone: 'Mark as done',
    markTodo: 'Mark as to do',
    details: 'See the step in detail',
    warningsTitle: 'Important to know now',
    contactsTitle: 'Who can help',
    documentsTitle: {
      default: 'Letters prepared for you',
      young: 'Letters prepared for you',
    },
    documentsIntro: {
      default:
        'Balise prepares them from your answers and your evidence journal, on this device: read them through, fill them in, then download them as a PDF or print them.',
      young:
        'Balise prepares them from your answers and your evidence journal, on this device: read them through, fill them in, then download them as a PDF or print them.',
    },
    sourcesTitle: 'Sources',
    stepNumber: 'Step {number}: {title}',
  },
  step: {
    back: 'Back to the plan',
    actionsTitle: 'What to do',
    documentsTitle: 'Letters ready to fill in',
    reasonsTitle: 'Why this step',
    reasonsTitleNot: 'Why this step does not apply',
    sourcesTitle: 'Sources',
    platformsTitle: 'Platform by platform',
    platformsIntro: 'Choose the platform involved to see where to click.',
    platformReport: 'Report',
    platformIllegal:
      'Illegal content (« contenu illicite ») under the EU Digital Services Act (DSA)',
    platformEvidence: 'Keep evidence',
    platformBlock: 'Block',
    platformIntimate: 'Intimate images',
    platformLinks: 'Official pages',
    platformChecked: 'Addresses checked on {date}; they may change.',
    commonRules: 'Rules that apply everywhere',
    pharosAccepts: 'What PHAROS accepts',
    pharosRefuses: 'What PHAROS does not deal with',
    pharosAddress: 'Official PHAROS website address',
    unknownTitle: 'This step does not exist',
    unknownText:
      'The link you followed leads to a step that does not exist, or no longer exists. Your answers are untouched.',
  },
  reasons: {
    answer: '{question}: {answer}',
    change: 'Change',
    changeLabel: 'Change: {question}',
    respond: 'Answer',
    respondLabel: 'Answer: {question}',
  },
  source: {
    date: 'date given by the source: {date}',
    confidence: {
      haute: 'official source',
      moyenne: 'reliable source, still to be confirmed',
      basse: 'uncertain information',
    },
  },
  summary: {
    title: 'My answers',
    lead: {
      default: 'You can change an answer: the plan updates by itself.',
      young: 'You can change an answer: the plan updates by itself.',
    },
    empty: 'No answers yet.',
    change: 'Change',
    changeLabel: 'Change: {question}',
    notAnswered: 'Not answered yet',
    doneSteps: 'Steps marked as done',
    noDoneSteps: 'None',
    keepTitle: { default: 'Where your answers are kept', young: 'Where your answers are kept' },
    keepSession: {
      default: 'By default, your answers stay in this tab only: they disappear when it is closed.',
      young: 'By default, your answers stay in this tab only: they disappear when it is closed.',
    },
    keepDevice: 'Remember on this device',
    keepDeviceHint: {
      default:
        'Your answers stay on this device, even after it is closed. Best avoided on a shared computer.',
      young:
        'Your answers stay on this device, even after it is closed. Best avoided on a shared computer.',
    },
    clearTitle: 'Erase everything',
    backToPlan: 'See the plan',
  },
  glossary: {
    title: 'Words explained',
    lead: 'Legal words, explained simply.',
    back: 'Back',
  },
};
