import type { Catalogue } from '../catalogue.ts';

/**
 * Words of the interface itself (buttons, headings, messages), in English. French is the source of
 * truth: src/content/fr/ui.ts. `{name}` marks a value filled in by the interface.
 */
export const ui: Catalogue['ui'] = {
  app: {
    name: 'Balise',
    tagline: 'What to do when you are harassed online',
    skipToContent: 'Skip to content',
    mainNav: 'Main menu',
    menu: 'Menu',
    nav: {
      plan: {
        default: 'My plan',
        parent: 'The plan',
        professional: 'The plan',
        witness: 'The plan',
      },
      journal: 'My evidence',
      answers: 'My answers',
      glossary: 'Words explained',
      emergency: 'Emergency',
    },
    privacy: {
      default: 'Nothing you type leaves this device: no account, no tracking.',
      young: 'Nothing you write leaves this device: no account, no tracking.',
    },
    factsDate:
      'Legal information checked against official sources; each piece of advice shows its source and its date.',
    newTab: 'new tab',
    loading: 'Loading…',
    traces: 'Erase my traces',
    language: 'Language',
    languageFailed:
      'This language could not be loaded: the connection may be down. Try again when the network is back; nothing is lost.',
  },
  quickExit: {
    button: 'Leave quickly',
    region: 'Quick exit',
    hint: 'Leaves Balise straight away. Shortcut: press Escape three times.',
    destination: 'https://www.google.fr/',
  },
  shared: {
    nav: 'Shared session',
    homeLink: 'Session on a shared computer',
    homeHint: 'For a professional who is supporting someone: nothing is saved.',
    banner: 'Session in progress: nothing is saved on this computer',
    bannerHint:
      'Reloading the page or closing the tab ends the session: everything typed in it is lost.',
  },
  session: {
    end: 'End the session',
    endHint: 'Erases everything Balise keeps on this computer, after you confirm.',
    endTitle: 'End the session',
    erasesLead: 'Balise will erase from this device:',
    erases: [
      'the answers to the questions and the steps marked as done;',
      'the information typed in for the letters;',
      'the evidence journal: every incident recorded, its screenshots and other files, and its passphrase;',
      'the copy of the journal prepared for a download.',
    ],
    erasesNot: {
      default:
        'Files already downloaded (PDFs, journal exports) stay in the downloads folder: delete them yourself if needed.',
      young:
        'Files already downloaded (PDFs, journal exports) stay in the downloads folder: delete them yourself if you need to.',
    },
    erase: 'Erase everything',
    eraseConfirm: 'Erase everything from this device? This is permanent.',
    eraseYes: 'Yes, erase everything',
    cancel: 'Cancel',
    erasing: 'Erasing…',
    problem: {
      blocked: {
        default:
          'The evidence journal could not be erased: Balise is open in another tab. Close the other Balise tabs, then press “Erase everything” again. Everything else has been erased.',
        young:
          'The evidence journal could not be erased: Balise is open in another tab. Close the other Balise tabs, then press “Erase everything” again. Everything else has been erased.',
      },
      unavailable: {
        default:
          'The browser refused to erase the evidence journal; everything else has been erased. Try again; if it keeps happening, clear the site’s data in the browser settings.',
        young:
          'The browser refused to erase the evidence journal; everything else has been erased. Try again; if it keeps happening, clear the site’s data in the browser settings.',
      },
    },
    endedTitle: 'Session ended',
    endedText: 'Everything has been erased from this device.',
    endedTraces: 'Also erase the traces kept by the browser',
    toHome: 'Home',
  },
  paused: {
    title: 'Balise',
    text: 'Page paused.',
    resume: 'Resume',
  },
  home: {
    title: 'Balise: what to do, step by step',
    lead: 'Balise tells you what to do, step by step, when someone is harassing you online, or harassing your child, a pupil or someone close to you.',
    privacy:
      'Everything stays on this device: your answers are not sent anywhere. You can erase everything at any time.',
    start: 'Start',
    resume: 'Continue where I left off',
    seePlan: 'See my plan',
    restart: 'Start again from the beginning',
    dangerTitle: 'In immediate danger?',
    dangerText: 'If someone is in danger right now, call the emergency services first.',
    dangerLink: 'See the emergency numbers',
    stepsTitle: 'The five steps',
    steps: [
      'Do not reply, forward or share.',
      'Keep evidence.',
      'Get the content taken down.',
      'File a complaint with the police (porter plainte).',
      'Report to PHAROS (the government platform for reporting illegal content online), when it is the right place.',
    ],
    duration: 'About a dozen questions, around three minutes. You can answer “I don’t know”.',
  },
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
  save: {
    unreadable:
      'The answers saved on this device could not be read (the file is damaged or was changed). They have been set aside and nothing has been sent; you can start again.',
    newerVersion:
      'The saved answers come from a newer version of Balise. They have been set aside; reload the page to get the latest version.',
    unavailable:
      'This browser does not let Balise keep your answers (private browsing, or storage is blocked). Balise still works, but everything will be lost when the tab is closed.',
    full: 'This browser’s storage is full: your latest answers are not saved and will be lost when the tab is closed.',
    dismiss: 'I understand',
    title: 'About your answers',
  },
  glossary: {
    title: 'Words explained',
    lead: 'Legal words, explained simply.',
    back: 'Back',
  },
  notFound: {
    title: 'Page not found',
    text: 'This address does not lead to any Balise page. Your answers are untouched.',
    toPlan: 'Go to my plan',
    toHome: 'Go to the home page',
  },
  error: {
    title: 'Something went wrong',
    text: 'Balise ran into an unexpected error. Your answers are kept. Reload the page; if the problem continues, erase your answers from “My answers”.',
    reload: 'Reload the page',
  },
};
