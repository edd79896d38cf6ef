import type { Catalogue } from '../catalogue.ts';

/**
 * Words of the "session on a shared computer" (src/stores/shared-session.ts): the page that starts
 * it, "End the session" during it, and the checklist after it. The banner and the menu link are in
 * ./ui.ts (`shared`), loaded with the first screen.
 */
export const sharedSession: Catalogue['sharedSession'] = {
  title: 'Session on a shared computer',
  lead: 'For supporting someone on a computer that is not their own: in the school library (CDI), in the school nurse’s office, or at a support organisation’s drop-in.',
  howTitle: 'How the session works',
  how: [
    {
      default:
        'Nothing is saved on this computer: the answers, the information for the letters and the evidence journal, with its files, stay in the memory of this tab.',
    },
    {
      default:
        'Reloading the page or closing the tab ends the session: everything typed is then lost, and there is no way to get it back.',
    },
    {
      default:
        'Before the end, print the plan and the letters, or save them as PDFs, and export the journal if the person wants to keep it.',
      young:
        'Before the end, print the plan and the letters, or save them as PDFs, and export the journal if you want to keep it.',
    },
    {
      default:
        'Downloaded files (PDFs, journal export) go into the computer’s downloads folder: at the end, a list reminds you to delete them.',
    },
  ],
  priorTitle: 'Balise already keeps data on this computer',
  prior: {
    default:
      'Answers or an evidence journal, perhaps belonging to someone else. During the session, they are not shown and not changed. At the end, you will choose whether to keep them or erase them.',
    young:
      'Answers or an evidence journal, perhaps belonging to someone else. During the session, they are not shown and not changed. At the end, you will choose whether to keep them or erase them.',
  },
  start: 'Start the session',
  starting: 'Preparing the session…',
  inProgress: 'A session is in progress in this tab: nothing is saved on this computer.',
  eraseInSession: 'During a session, everything is erased when it ends:',

  beforeTitle: 'Before you end',
  before: {
    default:
      'Once the session has ended, nothing from it can be recovered. The person can take these away, printed or saved as PDFs:',
    young:
      'Once the session has ended, nothing from it can be recovered. You can take these away, printed or saved as PDFs:',
  },
  plan: 'The plan',
  planHint:
    'on its page, the browser’s Print command (Ctrl + P) gives a version without menus, to print or to save as a PDF',
  documentHint: 'PDF to download, or to print',
  journal: 'The evidence journal',
  journalHint: 'to export (preferably encrypted) from its page',
  erasesTitle: 'What the end of the session erases',
  erases: [
    'the session’s answers and the steps marked as done;',
    'the information typed in for the letters;',
    'the session’s evidence journal, with its files and its passphrase;',
    'the copy of the journal prepared for a download.',
  ],
  nothingBefore:
    'Balise kept nothing on this computer before the session: everything it keeps in this browser is erased, and no evidence journal is left on it.',
  erasePrior:
    'Also erase the data Balise kept before the session (answers, information for the letters, evidence journal)',
  erasePriorHint:
    'It may belong to someone else. If this box is not ticked, it stays on this computer as it is.',
  priorKept:
    'The data kept before the session stays on this computer, including the evidence journal that was there.',
  priorErased:
    'The data kept before the session is erased too, including the evidence journal that was there.',
  end: 'End the session',
  confirm: 'End the session? Everything typed will be erased, permanently.',
  yes: 'Yes, end it',
  ending: 'Ending the session…',

  endedAll: 'The session has ended: Balise no longer keeps anything in this browser.',
  endedKept:
    'The session has ended and been erased. The data Balise kept before the session, including an evidence journal, is still on this computer.',
  checklistTitle: 'To check before you leave the computer',
  checklistLead: {
    default:
      'Balise cannot erase what the browser and the computer keep. Tick each point once it is done (nothing is saved).',
    young:
      'Balise cannot erase what the browser and the computer keep. Tick each point once it is done (nothing is saved).',
  },
};
