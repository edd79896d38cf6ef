import type { Catalogue } from '../catalogue.ts';

/**
 * Words of the frame and the first screen, in English (the other screens': ./screens.ts). French is the source of
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
