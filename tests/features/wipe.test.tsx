import '../lib/journal/helpers.ts';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ui } from '../../src/content/fr/ui.ts';
import { screens } from '../../src/content/fr/screens.ts';
import { journalText as t } from '../../src/content/fr/journal.ts';
import { voice } from '../../src/i18n/voice.ts';
import { DB_NAME, openJournal } from '../../src/lib/journal/db.ts';
import { useAnswers } from '../../src/stores/answers.ts';
import { resetJournalForTests, useJournal } from '../../src/stores/journal.ts';
import { ENDED_PATH, ERASED_CHANNEL, navigation } from '../../src/stores/session.ts';
import {
  FAST,
  attachment,
  databaseNames,
  deleteDatabaseNamed,
  saveWith,
} from '../lib/journal/helpers.ts';
import { renderApp, saveAnswers } from '../helpers/render.tsx';

/** Every Web Storage key, in this tab and on the device. */
const storedKeys = (): string[] =>
  [sessionStorage, localStorage].flatMap((area) =>
    Array.from({ length: area.length }, (_, i) => area.key(i) ?? ''),
  );

/** A journal with one act and its screenshot, locked by a passphrase, as a pupil leaves it. */
async function lockedJournal(): Promise<void> {
  const repo = await openJournal({ iterations: FAST });
  await saveWith(repo, [attachment('capture bytes')]);
  await repo.setLock('mot de passe');
  repo.close();
}

const deleteJournalDb = () => deleteDatabaseNamed(DB_NAME);

beforeEach(async () => {
  resetJournalForTests();
  await deleteJournalDb();
});

afterEach(async () => {
  resetJournalForTests();
  await deleteJournalDb();
});

describe('"Tout effacer" on Mes réponses', () => {
  it('says what it erases, asks, then erases all of it and shows a neutral "séance terminée"', async () => {
    saveAnswers({ role: 'victim', age: 'under-15' }, localStorage);
    localStorage.setItem('balise:documents', '{"version":1}');
    sessionStorage.setItem('balise:letters', '{}');
    localStorage.setItem('another-site', 'kept');
    await lockedJournal();
    expect(await databaseNames()).toContain(DB_NAME);

    const { user } = renderApp('/mes-reponses');
    await screen.findByRole('heading', { level: 1, name: screens.summary.title });
    const section = screen.getByRole('region', { name: screens.summary.clearTitle });
    for (const what of ui.session.erases) expect(section).toHaveTextContent(what);

    await user.click(within(section).getByRole('button', { name: ui.session.erase }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent(ui.session.eraseConfirm);
    await user.click(within(dialog).getByRole('button', { name: ui.session.eraseYes }));

    await screen.findByRole('heading', { level: 1, name: ui.session.endedTitle });
    expect(screen.getByTestId('where')).toHaveTextContent('/seance-terminee');
    // Neutral: no header, no menu, nothing naming the subject.
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(document.body).not.toHaveTextContent(ui.app.tagline);

    expect(await databaseNames()).not.toContain(DB_NAME);
    expect(storedKeys()).toEqual(['another-site']);
    expect(useAnswers.getState().answers).toEqual({});
  });

  it('keeps everything when the person changes their mind', async () => {
    saveAnswers({ role: 'victim' });
    const { user } = renderApp('/mes-reponses');
    const section = await screen.findByRole('region', { name: screens.summary.clearTitle });
    await user.click(within(section).getByRole('button', { name: ui.session.erase }));
    await user.click(screen.getByRole('button', { name: ui.session.cancel }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(useAnswers.getState().answers).toEqual({ role: 'victim' });
    expect(sessionStorage.getItem('balise:answers')).not.toBeNull();
  });

  it('says to close the other tabs when one holds the journal, and erases the rest', async () => {
    saveAnswers({ role: 'victim' });
    await lockedJournal();
    // Another tab that never lets go of the database.
    const other = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(DB_NAME);
      request.onsuccess = () => {
        resolve(request.result);
      };
    });

    const { user } = renderApp('/mes-reponses');
    const section = await screen.findByRole('region', { name: screens.summary.clearTitle });
    await user.click(within(section).getByRole('button', { name: ui.session.erase }));
    await user.click(screen.getByRole('button', { name: ui.session.eraseYes }));

    const replace = vi.spyOn(navigation, 'replace');
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    // This tab stays, with the message to read: only the other tabs are sent away.
    expect(replace).not.toHaveBeenCalled();
    replace.mockRestore();
    expect(alert).toHaveTextContent(voice(ui.session.problem.blocked, 'adult'));
    expect(screen.getByTestId('where')).toHaveTextContent('/mes-reponses');
    expect(sessionStorage.getItem('balise:answers')).toBeNull();

    // Once the other tab is closed, the deletion completes by itself.
    other.close();
    await waitFor(async () => {
      expect(await databaseNames()).not.toContain(DB_NAME);
    });
  });
});

describe('"Terminer la séance"', () => {
  it('asks on its own page, then erases everything and shows "séance terminée"', async () => {
    saveAnswers({ role: 'professional', danger: 'none' });
    await lockedJournal();
    const { user } = renderApp('/plan');
    await user.click(await screen.findByRole('link', { name: ui.session.end }));

    await screen.findByRole('heading', { level: 1, name: ui.session.endTitle });
    for (const what of ui.session.erases) expect(document.body).toHaveTextContent(what);
    // Nothing is erased by just opening the page.
    expect(useAnswers.getState().answers.role).toBe('professional');

    await user.click(screen.getByRole('button', { name: ui.session.erase }));
    await user.click(screen.getByRole('button', { name: ui.session.eraseYes }));
    await screen.findByRole('heading', { level: 1, name: ui.session.endedTitle });
    expect(await databaseNames()).not.toContain(DB_NAME);
    expect(storedKeys()).toEqual([]);
    expect(useJournal.getState().entries).toEqual([]);
  });
});

describe('"Effacer tout le journal"', () => {
  it('erases every act, file and the lock, even when the journal is locked', async () => {
    await lockedJournal();
    const { user } = renderApp('/preuves');
    await screen.findByRole('heading', { level: 2, name: t.wipe.title });
    await user.click(screen.getByRole('button', { name: t.wipe.button }));
    await user.click(screen.getByRole('button', { name: t.wipe.yes }));
    await screen.findByText(t.wipe.done);
    // The page goes on with an empty journal, without the lock that nobody can open any more.
    expect(screen.queryByRole('heading', { name: t.lock.unlockTitle })).toBeNull();
    const repo = await openJournal();
    expect(await repo.lockState()).toBe('none');
    expect(await repo.list()).toEqual([]);
    repo.close();
  });
});

describe('another open tab of Balise', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('erases its own copy too and shows "séance terminée" when one tab erases everything', async () => {
    // This test's window plays the other tab: its answers live in its own session storage.
    saveAnswers({ role: 'victim', danger: 'none' });
    sessionStorage.setItem('balise:documents', '{}');
    renderApp('/plan');
    const replace = vi.spyOn(navigation, 'replace').mockImplementation(() => undefined);

    // The tab where "Tout effacer" was confirmed announces it.
    const erasingTab = new BroadcastChannel(ERASED_CHANNEL);
    erasingTab.postMessage('erased');
    erasingTab.close();

    await waitFor(() => {
      expect(replace).toHaveBeenCalledWith(ENDED_PATH);
    });
    expect(useAnswers.getState().answers).toEqual({});
    expect(storedKeys()).toEqual([]);
  });
});
