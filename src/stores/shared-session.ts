import { create } from 'zustand';
import { DB_NAME } from '../lib/journal/db.ts';
import { forgetExportFile } from '../lib/journal/export-disk.ts';
import { removeOfflineCopy } from '../lib/offline-copy.ts';
import { holdsData } from '../lib/site-data.ts';
import {
  DOCUMENTS_SET_ASIDE_KEY,
  DOCUMENTS_STORAGE_KEY,
  SET_ASIDE_KEY,
  STORAGE_KEY,
  useAnswers,
} from './answers.ts';
import type { EverythingErased } from './erase.ts';
import { eraseEverything } from './erase.ts';
import { ENDED_PATH } from './session.ts';

/**
 * A counsellor's "séance sur un ordinateur partagé". During a séance nothing is written to the
 * device: the answers and the documents' details are kept in memory (`keep: 'memory'` in the
 * answers store, which Web Storage never sees) and the journal, with its files, on the memory
 * engine; its export is made in memory too. A reload or a closed tab ends the séance: its memory
 * is gone and nothing of it was ever stored.
 *
 * What Balise already kept on this computer (perhaps someone else's answers and journal) is
 * neither shown nor touched during the séance. "Terminer la séance" then erases everything when
 * there was nothing before; when there was, it keeps that data unless the person asks to erase
 * it too — a séance must not erase someone's journal without asking.
 */

interface SharedSessionState {
  /** Whether Balise kept data on this computer when the séance started. */
  readonly priorData: boolean;
}

export const useSharedSession = create<SharedSessionState>()(() => ({ priorData: false }));

/** Whether Balise keeps answers, letter details or a journal on this computer now. */
export function balisePriorData(): Promise<boolean> {
  return holdsData(
    [STORAGE_KEY, SET_ASIDE_KEY, DOCUMENTS_STORAGE_KEY, DOCUMENTS_SET_ASIDE_KEY],
    DB_NAME,
  );
}

/** Starts a séance: empty, in memory only, whatever this computer already holds. */
export async function startSharedSession(): Promise<void> {
  const priorData = await balisePriorData();
  useAnswers.getState().keepInMemory();
  // Loaded only when used: the journal's code is not needed to start.
  const { chooseJournalBackend } = await import('./journal.ts');
  await chooseJournalBackend('memory');
  useSharedSession.setState({ priorData });
}

export interface EndOptions {
  /** Also erase what Balise kept on this computer before the séance (asked only when there was). */
  readonly erasePrior: boolean;
  /** Also remove the offline copy of the app (its service worker and Cache Storage). */
  readonly offlineCopy: boolean;
}

/** What ending did: the erase result, and whether data from before the séance was kept. */
export type SessionEnded = EverythingErased & { readonly priorKept: boolean };

/**
 * "Terminer la séance": the séance's journal and answers are dropped from memory; the export left
 * for a download, if any, goes; then everything Balise keeps on this computer is erased (the
 * journal's database, every `balise:` key), unless data was there before the séance and the
 * person chose to keep it. The caller then reloads the page (`endedAddress`), so that nothing of
 * the séance remains even in memory.
 */
export async function endSharedSession(options: EndOptions): Promise<SessionEnded> {
  const { chooseJournalBackend } = await import('./journal.ts');
  await chooseJournalBackend('device');
  const priorKept = useSharedSession.getState().priorData && !options.erasePrior;
  if (!priorKept) {
    return { ...(await eraseEverything({ offlineCopy: options.offlineCopy })), priorKept };
  }
  useAnswers.getState().clear();
  await forgetExportFile();
  const offlineCopyKept = options.offlineCopy && !(await removeOfflineCopy());
  return { ok: true, offlineCopyKept, priorKept };
}

/** Query of the "séance terminée" address after a séance (read by its page). */
export const ENDED_QUERY = { session: 'seance', priorKept: 'conserve' } as const;

/** Where a séance ends: the neutral screen, told it was a séance and whether data was kept. */
export function endedAddress(priorKept: boolean): string {
  const query = new URLSearchParams({ [ENDED_QUERY.session]: '1' });
  if (priorKept) query.set(ENDED_QUERY.priorKept, '1');
  return `${ENDED_PATH}?${query.toString()}`;
}
