import { entry } from './helpers.ts';
import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../../src/lib/journal/model.ts';
import {
  InvalidEntryError,
  JOURNAL_SCHEMA,
  LIMITS,
  compareEntries,
  isLocalDateTime,
  parseEntry,
} from '../../../src/lib/journal/model.ts';

/** The fields `parseEntry` names for this input ([] when it is accepted). */
function badFields(input: unknown): readonly string[] {
  try {
    parseEntry(input);
    return [];
  } catch (error) {
    if (error instanceof InvalidEntryError) return error.fields;
    throw error;
  }
}

const meta = {
  id: '6f1c2a8e-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
  name: 'capture.png',
  type: 'image/png',
  size: 10,
  sha256: 'a'.repeat(64),
  addedAt: '2024-04-12T10:00:00.000Z',
};

describe('a journal entry', () => {
  it('is schema 1, with the bounds the issue asks for', () => {
    expect(JOURNAL_SCHEMA).toBe(1);
    expect(LIMITS.maxAttachmentBytes).toBe(200 * 1024 * 1024);
    expect(LIMITS.maxEntries).toBe(10_000);
    expect(LIMITS.maxAttachmentsPerEntry).toBe(100);
  });

  it('is accepted as typed, and comes back as a fresh copy', () => {
    const typed = entry({ attachments: [meta], occurredAt: '2024-02-29', approximate: true });
    const parsed = parseEntry(typed);
    expect(parsed).toEqual(typed);
    expect(parsed).not.toBe(typed);
    expect(parsed.attachments).not.toBe(typed.attachments);
  });

  it('names every malformed field', () => {
    const bad = {
      ...entry(),
      id: 'not-a-uuid',
      occurredAt: '2024-02-30T10:00',
      capturedAt: 'yesterday',
      platform: 'Insta gram',
      kinds: ['insults', 'unknown-kind'],
      url: 'h'.repeat(LIMITS.maxUrlLength + 1),
      author: 'a'.repeat(LIMITS.maxAuthorLength + 1),
      description: 'd'.repeat(LIMITS.maxDescriptionLength + 1),
      extra: 1,
    };
    expect(badFields(bad)).toEqual(
      expect.arrayContaining([
        'extra',
        'id',
        'occurredAt',
        'capturedAt',
        'platform',
        'url',
        'author',
        'description',
        'kinds',
      ]),
    );
    expect(badFields(null)).toEqual(['entry']);
    expect(badFields([])).toEqual(['entry']);
  });

  it('accepts text exactly at the limits', () => {
    const atLimit = entry({
      url: 'u'.repeat(LIMITS.maxUrlLength),
      author: 'a'.repeat(LIMITS.maxAuthorLength),
      description: 'd'.repeat(LIMITS.maxDescriptionLength),
    });
    expect(badFields(atLimit)).toEqual([]);
  });

  it('needs at least one kind, each once', () => {
    expect(badFields(entry({ kinds: [] }))).toEqual(['kinds']);
    expect(badFields(entry({ kinds: ['threats', 'threats'] }))).toEqual(['kinds']);
  });

  it('checks each attachment: hash, size, dates, unknown fields, duplicates', () => {
    const attachments = [
      { ...meta, sha256: 'A'.repeat(64) },
      { ...meta, id: crypto.randomUUID(), size: -1 },
      { ...meta, id: crypto.randomUUID(), size: 1.5 },
      { ...meta, id: crypto.randomUUID(), size: LIMITS.maxAttachmentBytes + 1 },
      { ...meta, id: crypto.randomUUID(), addedAt: '2024-04-12' },
      { ...meta, id: crypto.randomUUID(), name: '' },
      { ...meta, id: crypto.randomUUID(), path: 'x' },
    ];
    expect(badFields({ ...entry(), attachments })).toEqual([
      'attachments.0.sha256',
      'attachments.1.size',
      'attachments.2.size',
      'attachments.3.size',
      'attachments.4.addedAt',
      'attachments.5.name',
      'attachments.6.path',
    ]);
    expect(badFields(entry({ attachments: [meta, meta] }))).toEqual(['attachments']);
    const tooMany = Array.from({ length: LIMITS.maxAttachmentsPerEntry + 1 }, () => ({
      ...meta,
      id: crypto.randomUUID(),
    }));
    expect(badFields(entry({ attachments: tooMany }))).toEqual(['attachments']);
  });

  it('keeps the capture checks in their table’s order; an entry from before them has none', () => {
    const older: Record<string, unknown> = { ...entry() };
    delete older['checks'];
    expect(parseEntry(older).checks).toEqual([]);
    expect(parseEntry({ ...older, checks: ['own-data-hidden', 'date-shown'] }).checks).toEqual([
      'date-shown',
      'own-data-hidden',
    ]);
    expect(badFields({ ...older, checks: ['date-shown', 'date-shown'] })).toEqual(['checks']);
    expect(badFields({ ...older, checks: ['looks-fine'] })).toEqual(['checks']);
    expect(badFields({ ...older, checks: 'date-shown' })).toEqual(['checks']);
  });

  it('takes the occurrence time as typed: a day, or a day and a time, that exist', () => {
    for (const ok of ['2024-03-03', '2024-03-03T00:00', '2024-02-29T23:59', '1999-12-31']) {
      expect(isLocalDateTime(ok)).toBe(true);
    }
    for (const bad of ['2023-02-29', '2024-13-01', '2024-03-03T24:00', '2024-03-03T10:60']) {
      expect(isLocalDateTime(bad)).toBe(false);
    }
    for (const bad of ['2024-3-3', '2024-03-03T10:00:00', '2024-03-03T10:00Z', '']) {
      expect(isLocalDateTime(bad)).toBe(false);
    }
  });

  it('sorts by occurrence, a day without time before the times of that day, then capture', () => {
    const at = (occurredAt: string, capturedAt: string): JournalEntry =>
      entry({ occurredAt, capturedAt });
    const a = at('2024-03-03', '2024-03-09T00:00:00.000Z');
    const b = at('2024-03-03T08:00', '2024-03-05T00:00:00.000Z');
    const c = at('2024-03-03T08:00', '2024-03-06T00:00:00.000Z');
    const d = at('2024-03-04', '2024-03-01T00:00:00.000Z');
    expect([d, c, b, a].sort(compareEntries)).toEqual([a, b, c, d]);
  });
});
