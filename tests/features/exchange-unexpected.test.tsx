import '../lib/journal/helpers.ts';
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { journalText as t } from '../../src/content/fr/journal.ts';
import type * as ZipImport from '../../src/lib/journal/zip-import.ts';
import { voice } from '../../src/i18n/voice.ts';
import { resetJournalForTests } from '../../src/stores/journal.ts';
import { renderApp } from '../helpers/render.tsx';

// An import that fails for a reason the import code does not know (a bug, a browser refusing).
vi.mock('../../src/lib/journal/zip-import.ts', async (original) => ({
  ...(await original<typeof ZipImport>()),
  importJournal: () => Promise.reject(new TypeError('something unexpected')),
}));

afterEach(() => {
  resetJournalForTests();
});

describe('an import that fails unexpectedly', () => {
  it('is said on the exchange panel in plain words, and the form stays usable', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { user } = renderApp('/preuves');
    await user.upload(
      await screen.findByLabelText(t.exchange.importFile),
      new File(['PK'], 'export.zip', { type: 'application/zip' }),
    );
    await user.click(screen.getByRole('button', { name: t.exchange.import }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(voice(t.exchange.problems.other, null));
    expect(screen.getByRole('button', { name: t.exchange.import })).toBeEnabled();
    expect(console.error).toHaveBeenCalledWith(expect.any(TypeError));
  });
});
