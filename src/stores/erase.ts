import type { EraseResult } from './journal.ts';
import { useAnswers } from './answers.ts';
import { removeOfflineCopy } from '../lib/offline-copy.ts';
import { removeKeysWithPrefix } from '../lib/site-data.ts';
import { announceErased } from './session.ts';

export interface EraseOptions {
  /** Also remove the offline copy of the app (its service worker and Cache Storage). */
  readonly offlineCopy?: boolean;
}

/** The journal's result, and whether an offline copy that was to go could not be removed. */
export type EverythingErased = EraseResult & { readonly offlineCopyKept: boolean };

/**
 * "Tout effacer" and "Terminer la séance": everything Balise keeps on this device goes — the
 * answers, the documents' details, the journal with its files, its lock and the database itself,
 * the export left for a download, and every storage key of the app in this tab and on the device;
 * the other open tabs of Balise are told to erase their own copy.
 * What can be erased is erased even when the journal cannot be (another tab holds it): the result
 * says so, for the message shown. With `offlineCopy`, the app's own offline copy goes too: the
 * worker is unregistered and Cache Storage emptied (Balise then needs the network to open again).
 */
export async function eraseEverything(options: EraseOptions = {}): Promise<EverythingErased> {
  // Loaded only when used: the journal's code is not needed to show "Mes réponses".
  const { useJournal } = await import('./journal.ts');
  const journal = await useJournal.getState().erase();
  useAnswers.getState().clear();
  removeKeysWithPrefix();
  announceErased();
  const offlineCopyKept = options.offlineCopy === true && !(await removeOfflineCopy());
  return { ...journal, offlineCopyKept };
}
