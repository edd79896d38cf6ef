import type { EraseResult } from './journal.ts';
import { useAnswers } from './answers.ts';
import { removeKeysWithPrefix } from '../lib/site-data.ts';

/**
 * "Tout effacer" and "Terminer la séance": everything Balise keeps on this device goes — the
 * answers, the documents' details, the journal with its files, its lock and the database itself,
 * the export left for a download, and every storage key of the app in this tab and on the device.
 * What can be erased is erased even when the journal cannot be (another tab holds it): the result
 * says so, for the message shown.
 */
export async function eraseEverything(): Promise<EraseResult> {
  // Loaded only when used: the journal's code is not needed to show "Mes réponses".
  const { useJournal } = await import('./journal.ts');
  const journal = await useJournal.getState().erase();
  useAnswers.getState().clear();
  removeKeysWithPrefix();
  return journal;
}
