import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, DatedAct } from '../../src/engine/index.ts';
import { addMonths, deadlinesFor, parseAnswers } from '../../src/engine/index.ts';
import { anyAnswers, deepFreeze } from '../helpers/arbitraries.ts';

const adult = (over: Record<string, unknown> = {}): Answers =>
  parseAnswers({ role: 'victim', danger: 'none', age: 'adult', ...over });
const act = (occurredAt: string, ...kinds: DatedAct['kinds'][number][]): DatedAct => ({
  occurredAt,
  kinds,
});

describe('adding months to a day', () => {
  it('keeps the day of the month, or the month’s last day when it has none', () => {
    expect(addMonths('2024-03-03', 3)).toBe('2024-06-03');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-12-15', 12)).toBe('2025-12-15');
    expect(addMonths('2024-03-03T09:15', 72)).toBe('2030-03-03');
    expect(addMonths('hier', 3)).toBeNull();
  });
});

describe('the limits to act, dated from the journal', () => {
  it('gives an insult 3 months, to act before the same day three months later', () => {
    const { dated } = deadlinesFor(
      adult({ visibility: 'public' }),
      [act('2024-03-03', 'insults')],
      '2024-06-02',
    );
    expect(dated).toEqual([
      {
        id: 'press',
        from: '2024-03-03',
        before: '2024-06-03',
        passed: false,
        sources: ['loi-1881-art-65', 'sp-f31982'],
      },
    ]);
    // On that day it is too late to be sure.
    expect(
      deadlinesFor(adult(), [act('2024-03-03', 'rumours')], '2024-06-03').dated[0]?.passed,
    ).toBe(true);
  });

  it('gives public discriminatory words 1 year, and no date when they were not only public', () => {
    const words = [act('2024-03-03T22:10', 'insults', 'hate')];
    expect(deadlinesFor(adult({ visibility: 'public' }), words, '2024-04-01').dated).toMatchObject([
      { id: 'press-discriminatory', before: '2025-03-03' },
    ]);
    for (const visibility of ['private', 'both', undefined]) {
      const result = deadlinesFor(adult(visibility ? { visibility } : {}), words, '2024-04-01');
      expect(result).toEqual({ dated: [], undated: ['discriminatory-open'] });
    }
  });

  it('counts harassment’s 6 years from the last act', () => {
    const acts = [
      act('2024-05-01', 'insults'),
      act('2023-01-10', 'insults'),
      act('2024-02-02', 'rumours'),
    ];
    const { dated } = deadlinesFor(adult({ frequency: 'repeated' }), acts, '2024-06-01');
    expect(dated.find((d) => d.id === 'harassment')).toMatchObject({
      from: '2024-05-01',
      before: '2030-05-01',
    });
    expect(dated.map((d) => d.id)).toEqual(['press', 'press', 'press', 'harassment']);
    expect(
      deadlinesFor(adult({ frequency: 'once' }), acts, '2024-06-01').dated.map((d) => d.id),
    ).not.toContain('harassment');
  });

  it('gives threats and images 6 years from the earliest act', () => {
    const acts = [act('2024-05-01', 'threats'), act('2022-01-10', 'identity-theft')];
    expect(deadlinesFor(adult(), acts, '2024-06-01').dated).toMatchObject([
      { id: 'offences', from: '2022-01-10', before: '2028-01-10', passed: false },
    ]);
  });

  it('never dates a sexual offence against a possible minor, nor harassment around it', () => {
    for (const age of ['under-15', '15-17', 'unknown']) {
      const answers = parseAnswers({ role: 'victim', danger: 'none', age, frequency: 'repeated' });
      const result = deadlinesFor(
        answers,
        [act('2024-05-01', 'sextortion'), act('2024-05-02', 'insults')],
        '2024-06-01',
      );
      expect(result.undated).toEqual(['minor-sexual']);
      expect(result.dated.map((d) => d.id)).toEqual(['press']);
    }
    // For an adult, the same acts are dated.
    const grown = deadlinesFor(
      adult({ frequency: 'repeated' }),
      [act('2024-05-01', 'sextortion')],
      '2024-06-01',
    );
    expect(grown.dated.map((d) => d.id)).toEqual(['harassment', 'offences']);
  });

  it('skips an act whose date cannot be read, and dates nothing without acts', () => {
    expect(deadlinesFor(adult(), [act('bientôt', 'insults')], '2024-06-01')).toEqual({
      dated: [],
      undated: [],
    });
    expect(deadlinesFor(adult({ frequency: 'group' }), [], '2024-06-01')).toEqual({
      dated: [],
      undated: [],
    });
  });

  it('for any answers and acts: soonest first, never changes its input, never dates a minor’s sexual offence', () => {
    const kinds = fc.subarray([
      'insults',
      'rumours',
      'threats',
      'hate',
      'intimate-images',
      'sextortion',
      'child-sexual',
      'identity-theft',
      'other',
    ] as const);
    const day = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        anyAnswers,
        fc.array(fc.record({ occurredAt: day, kinds }), { maxLength: 6 }),
        day,
        (answers, acts, today) => {
          deepFreeze(acts);
          const { dated, undated } = deadlinesFor(answers, acts, today);
          expect(dated.map((d) => d.before)).toEqual([...dated.map((d) => d.before)].sort());
          for (const d of dated) {
            expect(d.before > d.from).toBe(true);
            expect(d.passed).toBe(d.before <= today);
          }
          if (undated.includes('minor-sexual')) {
            expect(dated.map((d) => d.id)).not.toContain('harassment');
          }
        },
      ),
    );
  });
});
