import type { Catalogue } from '../catalogue.ts';

/*
 * English words of the page "Erase my traces". French is the source of truth:
 * src/content/fr/traces.ts, same keys, same order, same audience variants.
 *
 * Browser menus change from one version to the next: like the French, the steps name the menu
 * and the section to look for, not every button, and say so. Menu names are the ones the
 * browsers show in English.
 */
export const traces: Catalogue['traces'] = {
  title: 'Erase my traces',
  lead: {
    default:
      'Balise sends nothing: everything stays on this device. Here is what is kept on it, and how to erase it. The browser also keeps a few traces of its own: they are explained further down.',
    young:
      'Balise sends nothing: everything stays on this device. Here is what is kept on it, and how to erase it. The browser also keeps a few traces of its own: they are explained further down.',
  },

  balise: {
    title: 'What Balise keeps on this device',
    answers: {
      title: 'Your answers and the information for the letters',
      text: {
        default:
          'Your answers to the questions, the steps marked as done, what you typed in for the letters (name, address, links…) and the reports noted in the follow-up.',
        young:
          'Your answers to the questions, the steps marked as done, what you typed in for the letters (name, address, links…) and the reports noted in the follow-up.',
      },
      button: 'Erase the answers and the information for the letters',
      confirm: 'Erase the answers and the information for the letters? This is permanent.',
      yes: 'Yes, erase them',
      done: 'The answers and the information for the letters have been erased.',
    },
    journal: {
      title: 'The evidence journal',
      text: {
        default:
          'Every incident recorded, its screenshots and other files, its passphrase, and the copy prepared for a download. Remember to export the journal first if you still need it.',
        young:
          'Every incident recorded, its screenshots and other files, its passphrase, and the copy prepared for a download. Remember to export the journal first if you still need it.',
      },
      button: 'Erase the evidence journal',
      confirm: 'Erase the whole evidence journal, with its files? This is permanent.',
      yes: 'Yes, erase the journal',
      done: 'The evidence journal has been erased.',
    },
    offlineCopy: {
      title: 'The copy of Balise that works without a connection',
      text: {
        default:
          'The browser keeps the files of the app itself (not your data) so that it opens without a connection. Without this copy, Balise will not open offline until it has been opened once again online.',
        young:
          'The browser keeps the files of the app itself (not your data) so that it opens without a connection. Without this copy, Balise won’t open offline until it has been opened once again online.',
      },
      button: 'Erase the offline copy',
      confirm: 'Erase the copy of Balise kept for working without a connection?',
      yes: 'Yes, erase it',
      done: 'The offline copy has been erased.',
      none: 'This browser does not keep an offline copy of Balise.',
      failed: {
        default:
          'The browser refused to erase the offline copy. To remove it, clear the site’s data in the browser settings.',
        young:
          'The browser refused to erase the offline copy. To remove it, clear the site’s data in the browser settings.',
      },
    },
    everything: {
      title: 'Erase everything at once',
    },
  },

  browser: {
    title: 'What only the browser keeps',
    lead: {
      default:
        'Balise cannot erase these traces for you: the browser and the device do not let a website do it. You can do it yourself.',
      young:
        'Balise can’t erase these traces for you: the browser and the device don’t let a website do it. You can do it yourself.',
    },
    history: {
      title: 'History',
      text: {
        default:
          'The browser records the pages you open, including Balise’s pages: their title stays “Balise”, but their address is enough to recognise the site. If the browser is signed in to an account, the history may also show up on the other devices of that account.',
        young:
          'The browser records the pages you open, including Balise’s pages: their title stays “Balise”, but their address is enough to recognise the site. If the browser is signed in to an account, the history may also show up on the other devices of that account.',
      },
    },
    downloads: {
      title: 'Downloaded files',
      text: {
        default:
          'The PDFs of the letters and the journal exports go into the device’s “Downloads” folder. They stay there even after “Erase everything”: delete them yourself, then empty the bin if the device has one. The browser also keeps a list of downloads: it is cleared with the history.',
        young:
          'The PDFs of the letters and the journal exports go into the device’s “Downloads” folder. They stay there even after “Erase everything”: delete them yourself, then empty the bin if the device has one. The browser also keeps a list of downloads: it is cleared with the history.',
      },
    },
    printer: {
      title: 'The printer',
      text: {
        default:
          'A printed document may stay for a while in the computer’s print queue, or in the memory of a shared printer. Check the queue in the computer’s printer settings, and pick up all the pages.',
        young:
          'A printed document may stay for a while in the computer’s print queue, or in the memory of a shared printer. Check the queue in the computer’s printer settings, and pick up all the pages.',
      },
    },
    stepsTitle: 'Clearing the history, browser by browser',
    stepsLead: {
      default:
        'Menu names can change from one version to the next. Choose the time range “All time” if you want to erase everything; if not, the period when you used Balise.',
      young:
        'Menu names can change from one version to the next. Choose the time range “All time” if you want to erase everything; if not, the period when you used Balise.',
    },
    browsers: [
      {
        id: 'chrome',
        name: 'Chrome',
        steps: {
          default:
            'Open the menu (“⋮”, or “…” on iPhone), then “History”, and choose to delete browsing data. Tick “Browsing history”; also tick “Cookies and site data” to remove what Balise keeps.',
          young:
            'Open the menu (“⋮”, or “…” on iPhone), then “History”, and choose to delete browsing data. Tick “Browsing history”; also tick “Cookies and site data” to remove what Balise keeps.',
        },
      },
      {
        id: 'safari',
        name: 'Safari (iPhone, iPad)',
        steps: {
          default:
            'In the device’s Settings, under Safari, choose “Clear History and Website Data”. On a Mac: Safari’s History menu.',
          young:
            'In the device’s Settings, under Safari, choose “Clear History and Website Data”. On a Mac: Safari’s History menu.',
        },
      },
      {
        id: 'firefox',
        name: 'Firefox',
        steps: {
          default:
            'Open the “☰” menu, then History, and choose “Clear recent history” (on a phone: in Settings, in the browsing data section).',
          young:
            'Open the “☰” menu, then History, and choose “Clear recent history” (on a phone: in Settings, in the browsing data section).',
        },
      },
      {
        id: 'samsung',
        name: 'Samsung Internet',
        steps: {
          default:
            'In the browser’s Settings (the “☰” menu), in the browsing data or privacy section, choose to delete the history.',
          young:
            'In the browser’s Settings (the “☰” menu), in the browsing data or privacy section, choose to delete the history.',
        },
      },
    ],
    other: {
      default: 'Other browser: in its settings, under History or Privacy.',
      young: 'Other browser: in its settings, under History or Privacy.',
    },
    private: {
      title: 'Private browsing',
      text: {
        default:
          'A private browsing window (Chrome: “Incognito”; Safari: “Private”; Firefox: “private window”; Samsung Internet: “Secret mode”) adds nothing to the history, and the browser forgets its data when you close it (Samsung Internet: when you leave Secret mode). But downloaded files stay on the device, and an evidence journal kept in a private window may disappear when you close it: export it first if you need it.',
        young:
          'A private browsing window (Chrome: “Incognito”; Safari: “Private”; Firefox: “private window”; Samsung Internet: “Secret mode”) adds nothing to the history, and the browser forgets its data when you close it (Samsung Internet: when you leave Secret mode). But downloaded files stay on the device, and an evidence journal kept in a private window may disappear when you close it: export it first if you need it.',
      },
    },
  },
};
