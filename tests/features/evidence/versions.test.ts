import { describe, expect, it } from 'vitest';
import {
  changesOf,
  lastChange,
  valueText,
  type ValueWords,
} from '../../../src/features/evidence/versions.ts';
import { emptyDraft, entryOf } from '../../../src/features/evidence/entry-draft.ts';
import type { JournalEntry } from '../../../src/lib/journal/model.ts';
import { LIMITS, historyAfterEdit, parseEntry } from '../../../src/lib/journal/model.ts';
import { attachment, entry } from '../../lib/journal/helpers.ts';

const words: ValueWords = {
  empty: '(vide)',
  yes: 'oui',
  no: 'non',
  day: (d) => `jour ${d}`,
  platform: (id) => `réseau ${id}`,
  kind: (k) => `type ${k}`,
  check: (c) => `case ${c}`,
};

/** Saves `draft` over `before` at `now`, as the form does. */
const edit = (before: JournalEntry, change: Partial<ReturnType<typeof emptyDraft>>, now: string) =>
  parseEntry(
    entryOf(
      {
        ...emptyDraft(new Date()),
        date: before.occurredAt.slice(0, 10),
        time: before.occurredAt.slice(11, 16),
        approximate: before.approximate,
        platform: before.platform,
        where: before.where,
        url: before.url,
        conversation: before.conversation,
        author: before.author,
        kinds: before.kinds,
        description: before.description,
        checks: before.checks,
        ...change,
      },
      {
        id: before.id,
        capturedAt: before.capturedAt,
        now,
        attachments: before.attachments,
        before,
      },
    ),
  );

describe('an act’s earlier versions', () => {
  const first = entry({
    url: 'https://example.org/p/1',
    description: 'Premier récit.',
    capturedAt: '2026-03-03T10:00:00.000Z',
    updatedAt: '2026-03-03T10:00:00.000Z',
  });

  it('keeps nothing when a save changes nothing, and says when it was last changed', () => {
    const same = edit(first, {}, '2026-03-04T10:00:00.000Z');
    expect(same.versions).toEqual([]);
    expect(lastChange(same)).toBeNull();
  });

  it('keeps, at each edit, what the changed fields said before, dated', () => {
    const second = edit(first, { url: 'https://example.org/p/2' }, '2026-03-04T10:00:00.000Z');
    const third = edit(
      second,
      { description: 'Récit complété.', kinds: ['insults', 'threats'] },
      '2026-03-05T10:00:00.000Z',
    );
    expect(third.versions).toEqual([
      {
        savedAt: '2026-03-03T10:00:00.000Z',
        previous: { url: 'https://example.org/p/1' },
        link: null,
      },
      {
        savedAt: '2026-03-04T10:00:00.000Z',
        previous: { kinds: first.kinds, description: 'Premier récit.' },
        link: null,
      },
    ]);
    expect(third.capturedAt).toBe(first.capturedAt);
    expect(changesOf(third)).toEqual([
      {
        at: '2026-03-04T10:00:00.000Z',
        fields: ['url'],
        before: { url: 'https://example.org/p/1' },
      },
      {
        at: '2026-03-05T10:00:00.000Z',
        fields: ['kinds', 'description'],
        before: { kinds: first.kinds, description: 'Premier récit.' },
      },
    ]);
    expect(lastChange(third)).toBe('2026-03-05T10:00:00.000Z');
  });

  it('keeps a removed file’s name and fingerprint', () => {
    const file = attachment('capture', 'capture.png').meta;
    const withFile = entry({ attachments: [file] });
    const after = historyAfterEdit(withFile, { ...withFile, attachments: [] }).versions;
    expect(after).toHaveLength(1);
    expect(valueText('attachments', after[0]?.previous ?? {}, words)).toBe(
      `capture.png (SHA-256 ${file.sha256})`,
    );
  });

  it('keeps the first version and the latest ones once there are too many', () => {
    let current = first;
    for (let n = 0; n < LIMITS.maxVersionsPerEntry + 5; n += 1) {
      current = edit(
        current,
        { where: `lieu ${n}` },
        new Date(Date.UTC(2026, 3, 1, 0, n)).toISOString(),
      );
    }
    expect(current.versions).toHaveLength(LIMITS.maxVersionsPerEntry);
    expect(current.versions[0]?.previous).toEqual({ where: first.where });
    expect(current.versions.at(-1)?.previous).toEqual({
      where: `lieu ${LIMITS.maxVersionsPerEntry + 3}`,
    });
  });

  it('is checked on import like the act itself; an act from before versions has none', () => {
    const older: Record<string, unknown> = { ...first };
    delete older['versions'];
    expect(parseEntry(older).versions).toEqual([]);
    const bad = (versions: unknown) => () => parseEntry({ ...first, versions });
    expect(bad([{ savedAt: 'hier', previous: { url: '' } }])).toThrow(/versions\.0/);
    expect(bad([{ savedAt: first.updatedAt, previous: {} }])).toThrow(/versions\.0/);
    expect(bad([{ savedAt: first.updatedAt, previous: { id: 'x' } }])).toThrow(/versions\.0/);
    expect(bad([{ savedAt: first.updatedAt, previous: { kinds: [] } }])).toThrow(/versions\.0/);
    expect(bad([{ savedAt: first.updatedAt, previous: { url: '' }, extra: 1 }])).toThrow(
      /versions\.0/,
    );
    expect(bad('non')).toThrow(/versions/);
  });

  it('says each earlier value in the reader’s words, an empty one as such', () => {
    const before = {
      occurredAt: '2026-03-03',
      approximate: true,
      platform: 'tiktok',
      kinds: ['insults', 'threats'] as const,
      checks: ['date-shown'] as const,
      url: '',
    };
    expect(valueText('occurredAt', before, words)).toBe('jour 2026-03-03');
    expect(valueText('approximate', before, words)).toBe('oui');
    expect(valueText('approximate', {}, words)).toBe('non');
    expect(valueText('platform', before, words)).toBe('réseau tiktok');
    expect(valueText('kinds', before, words)).toBe('type insults, type threats');
    expect(valueText('checks', before, words)).toBe('case date-shown');
    expect(valueText('url', before, words)).toBe('(vide)');
  });
});
