import '../lib/journal/helpers.ts';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { journalText } from '../../src/content/fr/journal.ts';
import { sharedSession as t } from '../../src/content/fr/shared-session.ts';
import { traces } from '../../src/content/fr/traces.ts';
import { ui } from '../../src/content/fr/ui.ts';
import { screens } from '../../src/content/fr/screens.ts';
import { DB_NAME } from '../../src/lib/journal/db.ts';
import { resetJournalForTests } from '../../src/stores/journal.ts';
import { navigation } from '../../src/stores/session.ts';
import { deleteDatabaseNamed } from '../lib/journal/helpers.ts';
import { renderApp, saveAnswers } from '../helpers/render.tsx';

/** Every Web Storage key, in this tab and on the device. */
const storedKeys = (): string[] =>
  [sessionStorage, localStorage].flatMap((area) =>
    Array.from({ length: area.length }, (_, i) => area.key(i) ?? ''),
  );

beforeEach(async () => {
  resetJournalForTests();
  await deleteDatabaseNamed(DB_NAME);
});

afterEach(async () => {
  resetJournalForTests();
  await deleteDatabaseNamed(DB_NAME);
});

/** From the home page's link, reads what a séance is and starts one. */
async function startFromHome() {
  const view = renderApp('/');
  const { user } = view;
  await user.click(screen.getByRole('link', { name: ui.shared.homeLink }));
  await screen.findByRole('heading', { level: 1, name: t.title });
  const start = screen.getByRole('button', { name: t.start });
  await waitFor(() => {
    expect(start).toBeEnabled();
  });
  await user.click(start);
  await screen.findByRole('heading', { level: 1, name: /Qui/ });
  return view;
}

describe('a séance on a shared computer', () => {
  it('says before it starts that nothing is kept and that a reload ends it', async () => {
    const { user } = renderApp('/');
    await user.click(screen.getByRole('link', { name: ui.shared.nav }));
    await screen.findByRole('heading', { level: 1, name: t.title });
    for (const line of t.how) expect(document.body).toHaveTextContent(line.default);
    expect(screen.queryByRole('heading', { name: t.priorTitle })).toBeNull();
  });

  it('shows a banner on every screen during it, with "Terminer la séance", and keeps nothing', async () => {
    const { user } = await startFromHome();
    expect(screen.getByRole('note', { name: ui.shared.banner })).toHaveTextContent(
      ui.shared.bannerHint,
    );
    await user.click(screen.getByRole('radio', { name: /professionnel/i }));
    await user.click(screen.getByRole('button', { name: screens.question.continue }));
    await screen.findByRole('heading', { level: 1, name: /danger/i });
    expect(screen.getByRole('note', { name: ui.shared.banner })).toBeVisible();
    expect(storedKeys()).toEqual([]);

    // The journal, in memory: no browser space or promise to keep it is spoken of.
    await user.click(screen.getByRole('link', { name: ui.app.nav.journal }));
    await screen.findByRole('heading', { level: 1, name: journalText.title });
    await screen.findByRole('link', { name: journalText.add });
    expect(screen.queryByRole('heading', { name: journalText.storage.title })).toBeNull();
    await user.click(screen.getByRole('link', { name: /^Le plan$/ }));
    await screen.findByRole('heading', { level: 1 });
    const banner = screen.getByRole('note', { name: ui.shared.banner });

    await user.click(within(banner).getByRole('link', { name: ui.session.end }));
    await screen.findByRole('heading', { level: 1, name: ui.session.endTitle });
    const before = screen.getByRole('region', { name: t.beforeTitle });
    expect(within(before).getByRole('link', { name: t.plan })).toHaveAttribute('href', '/plan');
    expect(within(before).getByRole('link', { name: t.journal })).toHaveAttribute(
      'href',
      '/preuves',
    );
    // The one-page action plan, always in the plan's documents, to print or save as PDF.
    expect(within(before).getByRole('link', { name: /plan d’action/i })).toHaveAttribute(
      'href',
      '/documents/action-plan',
    );
    for (const what of t.erases) expect(document.body).toHaveTextContent(what);
    expect(document.body).toHaveTextContent(t.nothingBefore);
  });

  it('offers no "Tout effacer" nor "Se souvenir sur cet appareil" during it, only its end', async () => {
    const { user } = await startFromHome();
    await user.click(screen.getByRole('link', { name: ui.app.nav.answers }));
    await screen.findByRole('heading', { level: 1, name: screens.summary.title });
    expect(screen.queryByRole('checkbox', { name: screens.summary.keepDevice })).toBeNull();
    const erase = screen.getByRole('region', { name: screens.summary.clearTitle });
    expect(within(erase).queryByRole('button', { name: ui.session.erase })).toBeNull();
    expect(within(erase).getByRole('link', { name: ui.session.end })).toHaveAttribute(
      'href',
      '/terminer',
    );
  });

  it('warns of data already here, keeps it by default, and says what the end keeps', async () => {
    saveAnswers({ role: 'victim', age: '15-17' }, localStorage);
    const { user } = renderApp('/seance');
    expect(
      await screen.findByRole('heading', { name: t.priorTitle }, { timeout: 3000 }),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: t.start }));
    await screen.findByRole('heading', { level: 1, name: /Qui/ });
    // The answers kept here belong to someone else: the séance starts empty.
    expect(screen.getByRole('radio', { name: /personne visée/i })).not.toBeChecked();

    await user.click(screen.getByRole('link', { name: ui.session.end }));
    await screen.findByRole('heading', { level: 1, name: ui.session.endTitle });
    const erasePrior = screen.getByRole('checkbox', { name: t.erasePrior });
    expect(erasePrior).not.toBeChecked();
    expect(document.body).toHaveTextContent(t.priorKept);
    await user.click(erasePrior);
    expect(document.body).toHaveTextContent(t.priorErased);
    await user.click(erasePrior);

    const replace = vi.spyOn(navigation, 'replace').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: t.end }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: t.yes }));
    await waitFor(() => {
      expect(replace).toHaveBeenCalledWith('/seance-terminee?seance=1&conserve=1');
    });
    expect(localStorage.getItem('balise:answers')).toContain('15-17');
  });

  it('ends on a checklist: downloaded files, the printer queue, the history', async () => {
    const { user } = renderApp('/seance-terminee?seance=1&conserve=1');
    await screen.findByRole('heading', { level: 1, name: ui.session.endedTitle });
    expect(document.body).toHaveTextContent(t.endedKept);
    const list = screen.getByRole('region', { name: t.checklistTitle });
    for (const what of [traces.browser.downloads, traces.browser.printer, traces.browser.history]) {
      const box = within(list).getByRole('checkbox', { name: what.title });
      await user.click(box);
      expect(box).toBeChecked();
    }
    expect(within(list).getAllByRole('term')).toHaveLength(traces.browser.browsers.length);
    expect(storedKeys()).toEqual([]);
  });
});
