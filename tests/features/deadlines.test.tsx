import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deadlinesText as t } from '../../src/content/fr/deadlines.ts';
import type { JournalEntry } from '../../src/lib/journal/model.ts';
import { fill } from '../../src/i18n/voice.ts';
import { resetJournalForTests, useJournal } from '../../src/stores/journal.ts';
import { renderApp, saveAnswers } from '../helpers/render.tsx';

const act = (occurredAt: string, kinds: JournalEntry['kinds']): JournalEntry => ({
  id: crypto.randomUUID(),
  checks: [],
  versions: [],
  link: null,
  trimmed: [],
  occurredAt,
  approximate: false,
  capturedAt: '2024-03-04T09:00:00.000Z',
  updatedAt: '2024-03-04T09:00:00.000Z',
  platform: 'instagram',
  where: '',
  url: '',
  conversation: '',
  author: '@synthetique',
  kinds,
  description: 'Synthétique',
  attachments: [],
});

const adultHarassed = {
  role: 'victim',
  danger: 'none',
  age: 'adult',
  contentKinds: ['insults'],
  frequency: 'repeated',
  visibility: 'public',
};

afterEach(() => {
  vi.useRealTimers();
  resetJournalForTests();
});

describe('the plan’s limits to act', () => {
  it('dates each insult’s 3 months and the harassment’s 6 years from the journal, soonest first', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-06-10T12:00:00'));
    saveAnswers(adultHarassed);
    resetJournalForTests();
    await useJournal.getState().save(act('2024-03-03', ['insults']), [], []);
    await useJournal.getState().save(act('2024-05-20T21:00', ['insults']), [], []);
    const { user } = renderApp('/plan');
    const section = await screen.findByRole('region', { name: t.title });
    await within(section).findByText(/2030/);
    const items = [...section.querySelectorAll('[data-deadline]')];
    expect(items.map((li) => li.getAttribute('data-deadline'))).toEqual([
      'press',
      'press',
      'harassment',
    ]);
    // 3 March + 3 months = 3 June: passed on 10 June.
    expect(items[0]).toHaveTextContent(fill(t.passed, { before: '3 juin 2024' }));
    expect(items[1]).toHaveTextContent('À faire avant le 20 août 2024');
    expect(items[2]).toHaveTextContent('À faire avant le 20 mai 2030');

    // The two deadlines still ahead go to a calendar file made here, named neutrally.
    const made: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      made.push(blob as Blob);
      return 'blob:agenda';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await user.click(within(section).getByRole('button', { name: t.ics }));
    expect(within(section).getByRole('status')).toHaveTextContent(
      fill(t.icsSaved, { file: 'agenda-2024-06-10.ics' }),
    );
    const ics = await made[0]?.text();
    expect(ics?.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  it('invites to note acts when the journal is empty', async () => {
    saveAnswers(adultHarassed);
    resetJournalForTests();
    await useJournal.getState().clear();
    renderApp('/plan');
    const section = await screen.findByRole('region', { name: t.title });
    expect(section).toHaveTextContent(t.empty);
  });
});
