import '../lib/journal/helpers.ts';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { journalText } from '../../src/content/fr/journal.ts';
import { traces } from '../../src/content/fr/traces.ts';
import { ui } from '../../src/content/fr/ui.ts';
import { screens } from '../../src/content/fr/screens.ts';
import { voice } from '../../src/i18n/voice.ts';
import { DB_NAME, openJournal } from '../../src/lib/journal/db.ts';
import { useAnswers } from '../../src/stores/answers.ts';
import { resetJournalForTests } from '../../src/stores/journal.ts';
import {
  FAST,
  attachment,
  databaseNames,
  deleteDatabaseNamed,
  saveWith,
} from '../lib/journal/helpers.ts';
import { renderApp, saveAnswers } from '../helpers/render.tsx';

const PATH = '/effacer-mes-traces';
const w = traces.balise;

const deleteJournalDb = () => deleteDatabaseNamed(DB_NAME);

/** A browser that keeps an offline copy of Balise: one worker, one cache. */
function fakeOfflineCopy() {
  const cacheNames = new Set(['workbox-precache-v2-http://127.0.0.1/']);
  const unregister = vi.fn(() => Promise.resolve(true));
  Object.defineProperty(navigator, 'serviceWorker', {
    configurable: true,
    value: { getRegistrations: () => Promise.resolve(cacheNames.size > 0 ? [{ unregister }] : []) },
  });
  vi.stubGlobal('caches', {
    keys: () => Promise.resolve([...cacheNames]),
    delete: (name: string) => Promise.resolve(cacheNames.delete(name)),
  });
  return { cacheNames, unregister };
}

/** Opens the page and returns the section about one thing Balise keeps. */
async function openItem(title: string) {
  const view = renderApp(PATH);
  await screen.findByRole('heading', { level: 1, name: traces.title });
  return { ...view, item: screen.getByRole('region', { name: title }) };
}

/** Presses the item's erase button, then confirms. */
async function eraseIn(
  item: HTMLElement,
  labels: { button: string; yes: string },
  user: ReturnType<typeof renderApp>['user'],
) {
  await user.click(await within(item).findByRole('button', { name: labels.button }));
  const dialog = within(item).getByRole('alertdialog');
  await user.click(within(dialog).getByRole('button', { name: labels.yes }));
}

beforeEach(async () => {
  resetJournalForTests();
  await deleteJournalDb();
});

afterEach(async () => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
  vi.unstubAllGlobals();
  resetJournalForTests();
  await deleteJournalDb();
});

describe('"Effacer mes traces"', () => {
  it('lists what Balise keeps and what only the browser keeps, with steps for four browsers', async () => {
    renderApp(PATH);
    await screen.findByRole('heading', { level: 1, name: traces.title });
    const balise = screen.getByRole('region', { name: w.title });
    for (const title of [w.answers.title, w.journal.title, w.offlineCopy.title]) {
      expect(within(balise).getByRole('heading', { level: 3, name: title })).toBeInTheDocument();
    }
    expect(within(balise).getByRole('button', { name: ui.session.erase })).toBeInTheDocument();

    const browser = screen.getByRole('region', { name: traces.browser.title });
    for (const what of [
      traces.browser.history,
      traces.browser.downloads,
      traces.browser.printer,
      traces.browser.private,
    ]) {
      expect(within(browser).getByRole('heading', { name: what.title })).toBeInTheDocument();
    }
    const named = within(browser)
      .getAllByRole('term')
      .map((term) => term.textContent);
    expect(named).toEqual(['Chrome', 'Safari (iPhone, iPad)', 'Firefox', 'Samsung Internet']);
  });

  it('is reached from the footer and from "Mes réponses"', async () => {
    const { user } = renderApp('/mes-reponses');
    await screen.findByRole('heading', { level: 1, name: screens.summary.title });
    const erase = screen.getByRole('region', { name: screens.summary.clearTitle });
    expect(within(erase).getByRole('link', { name: ui.app.traces })).toHaveAttribute('href', PATH);
    await user.click(
      within(screen.getByRole('contentinfo')).getByRole('link', { name: ui.app.traces }),
    );
    await screen.findByRole('heading', { level: 1, name: traces.title });
    expect(screen.getByTestId('where')).toHaveTextContent(PATH);
  });

  it('offers the browser traces after "séance terminée"', async () => {
    renderApp('/seance-terminee');
    await screen.findByRole('heading', { level: 1, name: ui.session.endedTitle });
    expect(screen.getByRole('link', { name: ui.session.endedTraces })).toHaveAttribute(
      'href',
      PATH,
    );
  });

  it('erases the answers and the letters’ details, and nothing else, after asking', async () => {
    saveAnswers({ role: 'victim', age: 'adult' }, localStorage);
    localStorage.setItem('balise:documents', '{"version":1}');
    localStorage.setItem('another-site', 'kept');
    const { user, item } = await openItem(w.answers.title);

    await eraseIn(item, w.answers, user);

    expect(await within(item).findByRole('status')).toHaveTextContent(w.answers.done);
    expect(localStorage.getItem('balise:answers')).toBeNull();
    expect(localStorage.getItem('balise:documents')).toBeNull();
    expect(localStorage.getItem('another-site')).toBe('kept');
    expect(useAnswers.getState().answers).toEqual({});
    // Still on the page: only this was erased.
    expect(screen.getByTestId('where')).toHaveTextContent(PATH);
  });

  it('erases the journal with its files, even locked, after asking', async () => {
    const repo = await openJournal({ iterations: FAST });
    await saveWith(repo, [attachment('capture bytes')]);
    await repo.setLock('mot de passe');
    repo.close();
    saveAnswers({ role: 'victim', age: 'adult' });
    const { user, item } = await openItem(w.journal.title);

    await eraseIn(item, w.journal, user);

    expect(await within(item).findByRole('status')).toHaveTextContent(w.journal.done);
    expect(item).toHaveTextContent(voice(journalText.wipe.diskTraces, 'adult'));
    expect(await databaseNames()).not.toContain(DB_NAME);
    // The answers were not touched.
    expect(useAnswers.getState().answers).toEqual({ role: 'victim', age: 'adult' });
  });

  it('"Tout effacer" here erases answers and journal together, then shows "séance terminée"', async () => {
    saveAnswers({ role: 'victim', age: 'adult' }, localStorage);
    const repo = await openJournal({ iterations: FAST });
    await saveWith(repo, [attachment('capture bytes')]);
    repo.close();
    const { user, item } = await openItem(w.everything.title);

    await eraseIn(item, { button: ui.session.erase, yes: ui.session.eraseYes }, user);

    await screen.findByRole('heading', { level: 1, name: ui.session.endedTitle });
    expect(await databaseNames()).not.toContain(DB_NAME);
    expect(localStorage.getItem('balise:answers')).toBeNull();
  });

  it('cancelling keeps everything', async () => {
    saveAnswers({ role: 'victim', age: 'adult' }, localStorage);
    const { user, item } = await openItem(w.answers.title);
    await user.click(within(item).getByRole('button', { name: w.answers.button }));
    await user.click(within(item).getByRole('button', { name: ui.session.cancel }));
    expect(within(item).queryByRole('status')).toBeNull();
    expect(localStorage.getItem('balise:answers')).not.toBeNull();
  });

  it('removes the offline copy (worker and caches) when the browser keeps one', async () => {
    const copy = fakeOfflineCopy();
    const { user, item } = await openItem(w.offlineCopy.title);

    await eraseIn(item, w.offlineCopy, user);

    expect(await within(item).findByRole('status')).toHaveTextContent(w.offlineCopy.done);
    expect(copy.unregister).toHaveBeenCalled();
    expect(copy.cacheNames.size).toBe(0);
  });

  it('says when there is no offline copy to erase, with no button', async () => {
    const { item } = await openItem(w.offlineCopy.title);
    await waitFor(() => {
      expect(item).toHaveTextContent(w.offlineCopy.none);
    });
    expect(within(item).queryByRole('button')).toBeNull();
  });

  it('says "tu" to a young person and "vous" to an adult', async () => {
    saveAnswers({ role: 'victim', age: '15-17' });
    const young = renderApp(PATH);
    await screen.findByRole('heading', { level: 1, name: traces.title });
    expect(document.body).toHaveTextContent(voice(traces.browser.private.text, 'young'));
    const saysVous = [...document.querySelectorAll('p, li, dd, h1, h2, h3, button')]
      .map((element) => element.textContent)
      .filter((text) => /\b(vous|votre|vos)\b/i.test(text));
    expect(saysVous).toEqual([]);
    young.unmount();

    saveAnswers({ role: 'victim', age: 'adult' });
    renderApp(PATH);
    await screen.findByRole('heading', { level: 1, name: traces.title });
    expect(document.body).toHaveTextContent(voice(traces.browser.private.text, 'adult'));
    expect(voice(traces.browser.private.text, 'adult')).toMatch(/\bvous\b/);
  });
});
