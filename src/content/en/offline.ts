import type { Catalogue } from '../catalogue.ts';

/** Words of the update announcement, the install hint and the wipe of the offline copy. */
export const offline: Catalogue['offline'] = {
  update: {
    ready: 'A new version is available.',
    keep: {
      default:
        'Your answers, the information for the letters and the evidence journal are kept. If you are writing an incident in the journal, save it first.',
      young:
        'Your answers, the information for the letters and the evidence journal are kept. If you are writing an incident in the journal, save it first.',
    },
    apply: 'Update',
    wait: 'The update will wait until the export, import or PDF in progress is finished.',
    applying: 'Updating…',
  },
  install: {
    title: 'Install Balise',
    text: 'Balise can be installed like an app: it then opens even without a connection. Nothing is sent.',
    button: 'Install Balise',
    ios: {
      default:
        'On iPhone or iPad, in Safari: tap Share, then “Add to Home Screen” (« Sur l’écran d’accueil » in French). Balise will then open even without a connection.',
      young:
        'On iPhone or iPad, in Safari: tap Share, then “Add to Home Screen” (« Sur l’écran d’accueil » in French). Balise will then open even without a connection.',
    },
  },
  erase: {
    alsoOfflineCopy: 'Also erase the offline copy of Balise (the app itself)',
    offlineCopyHint:
      'Without it, Balise will not open without a connection until it has been opened once online again.',
    offlineCopyItem: 'the copy of Balise kept so that it works without a connection.',
    offlineCopyFailed: {
      default:
        'Everything has been erased except the offline copy of Balise: the browser refused. To remove it, clear the site’s data in the browser settings.',
      young:
        'Everything has been erased except the offline copy of Balise: the browser refused. To remove it, clear the site’s data in the browser settings.',
    },
  },
};
