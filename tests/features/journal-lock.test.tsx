import '../lib/journal/helpers.ts';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { journalText as t } from '../../src/content/fr/journal.ts';
import { PASSPHRASE_WORDS } from '../../src/content/fr/passphrase-words.ts';
import { voice } from '../../src/i18n/voice.ts';
import { AUTO_LOCK_KEY } from '../../src/stores/auto-lock.ts';
import { resetJournalForTests, useJournal } from '../../src/stores/journal.ts';
import { renderApp } from '../helpers/render.tsx';

const w = (text: Parameters<typeof voice>[0]) => voice(text, null);

beforeEach(async () => {
  resetJournalForTests();
  await useJournal.getState().erase();
  await useJournal.getState().open();
  await useJournal.getState().refresh();
});

afterEach(() => {
  vi.useRealTimers();
  resetJournalForTests();
});

/** The lock panel's two passphrase fields. */
const fields = () => ({
  passphrase: screen.getByLabelText(t.lock.passphrase, { exact: true }),
  confirm: screen.getByLabelText(w(t.lock.confirm)),
});

describe('the journal lock', () => {
  it('refuses fewer than 12 characters and hints when a phrase is guessable', async () => {
    const { user } = renderApp('/preuves');
    await screen.findByLabelText(t.lock.passphrase, { exact: true }, { timeout: 5000 });
    await user.type(fields().passphrase, 'chaton2010');
    await user.type(fields().confirm, 'chaton2010');
    await user.click(screen.getByRole('button', { name: t.lock.set }));
    expect(screen.getByRole('alert')).toHaveTextContent(t.lock.tooShort);
    await user.type(fields().passphrase, '!!');
    expect(screen.getByText(t.lock.weak)).toBeInTheDocument();
    expect(screen.getByText(t.lock.passphraseWhy)).toBeInTheDocument();
    expect(useJournal.getState().lock).toBe('none');
  });

  it('suggests five random words, and empties the fields the moment the lock is asked for', async () => {
    const { user } = renderApp('/preuves');
    await screen.findByLabelText(t.lock.passphrase, { exact: true }, { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: t.lock.suggest }));
    const suggested =
      screen.getByText(t.lock.suggestion).querySelector('strong')?.textContent ?? '';
    const words = suggested.split(' ');
    expect(words).toHaveLength(5);
    for (const word of words) expect(PASSPHRASE_WORDS).toContain(word);
    await user.click(screen.getByRole('button', { name: t.lock.useSuggestion }));
    expect(fields().passphrase).toHaveValue(suggested);
    expect(fields().confirm).toHaveValue(suggested);
    expect(screen.getByText(t.lock.strong)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: t.lock.set }));
    // While the journal is being encrypted, the phrase is already gone from the page.
    expect(screen.queryByText(suggested)).toBeNull();
    expect(document.body.innerHTML).not.toContain(suggested);
    expect(await screen.findByText(t.lock.done, {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(useJournal.getState().lock).toBe('unlocked');
  }, 30_000);

  it('locks by itself after the chosen idle time, a choice kept on the device', async () => {
    const { user } = renderApp('/preuves');
    await screen.findByLabelText(t.lock.passphrase, { exact: true }, { timeout: 5000 });
    await user.type(fields().passphrase, 'tulipe radis gondole phare');
    await user.type(fields().confirm, 'tulipe radis gondole phare');
    await user.click(screen.getByRole('button', { name: t.lock.set }));
    await screen.findByText(t.lock.done, {}, { timeout: 20_000 });
    const choice = screen.getByLabelText(t.lock.autoLock);
    expect(choice).toHaveValue('0');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    fireEvent.change(choice, { target: { value: '5' } });
    expect(JSON.parse(localStorage.getItem(AUTO_LOCK_KEY) ?? 'null')).toEqual({
      version: 1,
      minutes: 5,
    });
    act(() => {
      vi.advanceTimersByTime(4 * 60_000);
      window.dispatchEvent(new KeyboardEvent('keydown'));
      vi.advanceTimersByTime(4 * 60_000);
    });
    // Active a minute before the end: still open.
    expect(useJournal.getState().lock).toBe('unlocked');
    act(() => {
      vi.advanceTimersByTime(60_000 + 1000);
    });
    vi.useRealTimers();
    await waitFor(() => {
      expect(useJournal.getState().lock).toBe('locked');
    });
    expect(await screen.findByRole('heading', { name: t.lock.unlockTitle })).toBeInTheDocument();
  }, 30_000);

  it('empties the import passphrase field as soon as the import starts', async () => {
    const { user } = renderApp('/preuves');
    const field = await screen.findByLabelText(t.exchange.importPassphrase);
    await user.upload(
      screen.getByLabelText(t.exchange.importFile),
      new File(['pas un zip'], 'export.zip', { type: 'application/zip' }),
    );
    await user.type(field, 'tulipe radis gondole phare');
    await user.click(screen.getByRole('button', { name: t.exchange.import }));
    expect(field).toHaveValue('');
    expect(await screen.findByText(t.exchange.problems['not-a-zip'])).toBeInTheDocument();
  });

  it('says what a browser may keep on disk after a lock and after a wipe, and how to remove it', async () => {
    const { user } = renderApp('/preuves');
    await screen.findByLabelText(t.lock.passphrase, { exact: true }, { timeout: 5000 });
    expect(screen.getByText(w(t.lock.diskTraces))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: t.wipe.button }));
    await user.click(screen.getByRole('button', { name: t.wipe.yes }));
    expect(await screen.findByText(w(t.wipe.diskTraces))).toBeInTheDocument();
  });

  it('encrypts an export only with a passphrase of 12 characters or more', async () => {
    const { user } = renderApp('/preuves');
    await user.click(await screen.findByLabelText(t.exchange.exportEncrypted));
    const field = screen.getByLabelText(t.lock.passphrase, {
      exact: true,
      selector: '[aria-describedby$="export-passphrase-hint"]',
    });
    const button = screen.getByRole('button', { name: t.exchange.export });
    await user.type(field, 'chaton2010!');
    expect(button).toBeDisabled();
    await user.type(field, '!');
    expect(button).toBeEnabled();
  });
});
