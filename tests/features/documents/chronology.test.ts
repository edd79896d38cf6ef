import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/features/documents/build/index.ts';
import { contextOf } from '../../../src/features/documents/context.ts';
import type { Block } from '../../../src/lib/doc/model.ts';
import { entry, FULL, PEOPLE } from '../../helpers/documents.ts';

const tables = (blocks: readonly Block[]) =>
  blocks.flatMap((block) => (block.kind === 'table' ? [block] : []));

describe('the letters’ chronology', () => {
  it('says when an edited act was noted and last changed; an act never edited says nothing', () => {
    const edited = entry({
      occurredAt: '2026-03-01',
      capturedAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-20T09:00:00.000Z',
      versions: [{ savedAt: '2026-03-02T09:00:00.000Z', previous: { url: '' }, link: null }],
    });
    const plain = entry({ occurredAt: '2026-03-05' });
    const ctx = contextOf({
      answers: PEOPLE.adult,
      details: FULL,
      entries: [edited, plain],
      today: '2026-11-22',
    });
    const doc = buildDocument('complaint-letter', ctx);
    const rows = doc.sections.flatMap((section) => tables(section.blocks)).flatMap((t) => t.rows);
    const dates = rows.map((row) => row[0] ?? '').filter((cell) => cell.includes('mars 2026'));
    expect(dates).toEqual([
      '1 mars 2026 (noté le 2 mars 2026, modifié le 20 mars 2026)',
      '5 mars 2026',
    ]);
  });
});
