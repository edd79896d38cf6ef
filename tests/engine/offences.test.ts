import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, OffenceId, QuestionId } from '../../src/engine/index.ts';
import {
  AGE_BANDS,
  applicableAnswers,
  CONTENT_KINDS,
  CONTEXTS,
  FREQUENCIES,
  OFFENCE_IDS,
  OFFENCE_RULES,
  offencesFor,
  parseAnswers,
  ROLES,
  SOURCE_IDS,
} from '../../src/engine/index.ts';
import { decisiveQuestions, holds } from '../../src/engine/evaluate/condition.ts';
import { all, ALWAYS, any, has, is, not } from '../../src/engine/rules/conditions.ts';
import { anyAnswers, deepFreeze } from '../helpers/arbitraries.ts';

const RUNS = { numRuns: 2000 };
/** Thousands of generated answers per test, on a machine shared with the rest of the suite. */
const WHOLE_SPACE_TIMEOUT = 60_000;

const idsOf = (answers: Answers): OffenceId[] => offencesFor(answers).map((o) => o.id);
const isMinor = (answers: Answers): boolean =>
  answers.age === 'under-15' || answers.age === '15-17';

/** Only the answers to `questions`. */
const pick = (answers: Answers, questions: readonly QuestionId[]): Answers =>
  Object.fromEntries(questions.map((q) => [q, answers[q]]));

describe('offencesFor, over the whole answer space', { timeout: WHOLE_SPACE_TIMEOUT }, () => {
  it('is deterministic and does not modify its input', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const copy = structuredClone(answers);
        const frozen = deepFreeze(structuredClone(answers));
        expect(offencesFor(frozen)).toEqual(offencesFor(copy));
        expect(frozen).toEqual(copy);
      }),
      RUNS,
    );
  });

  it('lists offences in the order of OFFENCE_IDS, each at most once', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const ids = idsOf(answers);
        expect(ids).toEqual(OFFENCE_IDS.filter((id) => ids.includes(id)));
      }),
      RUNS,
    );
  });

  it('gives every offence its sources and the answered questions it rests on', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const kept = applicableAnswers(answers);
        for (const finding of offencesFor(answers)) {
          expect(finding.sources.length, finding.id).toBeGreaterThan(0);
          expect(finding.because.length, finding.id).toBeGreaterThan(0);
          for (const source of finding.sources) expect(SOURCE_IDS).toContain(source);
          for (const q of finding.because) expect(kept[q], `${finding.id}: ${q}`).toBeDefined();
          expect(new Set(finding.because).size).toBe(finding.because.length);
        }
      }),
      RUNS,
    );
  });

  it('rests each offence on questions that are enough, alone, to find it', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const kept = applicableAnswers(answers);
        for (const finding of offencesFor(answers)) {
          expect(idsOf(pick(kept, finding.because)), finding.id).toContain(finding.id);
        }
      }),
      RUNS,
    );
  });

  it('ignores answers to questions that no longer apply', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        expect(offencesFor(answers)).toEqual(offencesFor(applicableAnswers(answers)));
      }),
      RUNS,
    );
  });

  it('names one harassment offence at most: general, school, couple or work', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const ids = idsOf(answers);
        // The couple's offence for a boyfriend or girlfriend is only a possibility, named beside
        // the general offence, never instead of it.
        const harassments = ids.filter(
          (id) => id.endsWith('harassment') && id !== 'dating-partner-harassment',
        );
        expect(harassments.length).toBeLessThanOrEqual(1);
        if (answers.frequency === 'repeated' || answers.frequency === 'group') {
          expect(harassments).toHaveLength(1);
        }
        if (ids.includes('dating-partner-harassment')) expect(ids).toContain('harassment');
      }),
      RUNS,
    );
  });

  // fact: partners.who-is-a-partner, fact: partners.dating-not-222-33-2-1
  it('names harassment within the couple only for a spouse, concubin or PACS partner, never for a boyfriend or girlfriend', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const context = applicableAnswers(answers).context;
        const ids = idsOf(answers);
        if (ids.includes('partner-harassment')) expect(context).toBe('partner');
        if (context === 'dating') expect(ids).not.toContain('partner-harassment');
      }),
      RUNS,
    );
  });

  it('never names the adult image offence for a minor target', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        fc.pre(isMinor(answers));
        expect(idsOf(answers)).not.toContain('intimate-images');
      }),
      RUNS,
    );
  });

  it('names blackmail for sextortion whatever the age (fact: offences.blackmail-any-age)', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        fc.pre((answers.contentKinds ?? []).includes('sextortion'));
        expect(idsOf(answers)).toContain('blackmail');
      }),
      RUNS,
    );
  });

  it('always names an image offence for intimate images or sextortion, whatever the age', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const kinds = answers.contentKinds ?? [];
        fc.pre(kinds.includes('intimate-images') || kinds.includes('sextortion'));
        const ids = idsOf(answers);
        const named = (id: OffenceId): boolean => ids.includes(id);
        if (kinds.includes('intimate-images')) {
          expect(named('intimate-images') || named('child-sexual-images')).toBe(true);
        }
        if (kinds.includes('sextortion')) {
          expect(named('blackmail') || named('sexual-solicitation-of-minor')).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('names nothing when nothing was said about the content and it happened once', () => {
    fc.assert(
      fc.property(
        anyAnswers,
        fc.constantFrom(undefined, ['other'] as const),
        fc.constantFrom(undefined, 'once' as const),
        (answers, contentKinds, frequency) => {
          // parseAnswers drops a field set to undefined: "not answered".
          const input = parseAnswers({ ...answers, contentKinds, frequency });
          expect(offencesFor(input)).toEqual([]);
        },
      ),
      RUNS,
    );
  });
});

describe('the offence table', () => {
  /** Every combination of the questions the table reads (and `role`, which decides `context`). */
  const everySituation = (): Answers[] => {
    const maybe = <T>(options: readonly T[]): (T | undefined)[] => [undefined, ...options];
    const kinds = [undefined, ...CONTENT_KINDS.map((k) => [k]), [...CONTENT_KINDS]];
    return maybe(ROLES).flatMap((role) =>
      maybe(AGE_BANDS).flatMap((age) =>
        kinds.flatMap((contentKinds) =>
          maybe(FREQUENCIES).flatMap((frequency) =>
            maybe(CONTEXTS).map((context) =>
              parseAnswers({ role, age, contentKinds, frequency, context }),
            ),
          ),
        ),
      ),
    );
  };

  it('lists its rows in the order of OFFENCE_IDS', () => {
    const order = OFFENCE_RULES.map((row) => OFFENCE_IDS.indexOf(row.offence));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('can find every offence, in some situation', () => {
    const found = new Set(everySituation().flatMap(idsOf));
    expect(OFFENCE_IDS.filter((id) => !found.has(id))).toEqual([]);
    expect(new Set(OFFENCE_RULES.map((row) => row.offence))).toEqual(new Set(OFFENCE_IDS));
  });

  it('cites only sources that exist', () => {
    for (const row of OFFENCE_RULES) {
      expect(row.sources.length, row.offence).toBeGreaterThan(0);
      for (const source of row.sources) expect(SOURCE_IDS, row.offence).toContain(source);
    }
  });

  it('finds an offence exactly when one of its rows holds', () => {
    for (const answers of everySituation()) {
      const kept = applicableAnswers(answers);
      const expected = OFFENCE_IDS.filter((id) =>
        OFFENCE_RULES.some((row) => row.offence === id && holds(row.when, kept)),
      );
      expect(idsOf(answers)).toEqual(expected);
    }
  });
});

describe('decisiveQuestions', () => {
  const answers: Answers = { role: 'victim', age: 'adult', contentKinds: ['insults'] };

  it('names nothing for a condition that always holds, or never', () => {
    expect(decisiveQuestions(ALWAYS, answers)).toEqual([]);
    expect(decisiveQuestions(any(), answers)).toEqual([]);
  });

  it('names every part of an "all" that holds, once each, in first-mention order', () => {
    const c = all(has('insults'), is('age', 'adult'), is('role', 'victim'), is('age', 'adult'));
    expect(decisiveQuestions(c, answers)).toEqual(['contentKinds', 'age', 'role']);
  });

  it('names the first failing part of an "all" that fails', () => {
    const c = all(is('role', 'victim'), is('age', 'under-15'), has('threats'));
    expect(decisiveQuestions(c, answers)).toEqual(['age']);
  });

  it('names the first holding part of an "any" that holds', () => {
    const c = any(is('role', 'witness'), has('insults'), is('age', 'adult'));
    expect(decisiveQuestions(c, answers)).toEqual(['contentKinds']);
  });

  it('names every part of an "any" that fails', () => {
    const c = any(is('role', 'witness'), has('threats'));
    expect(decisiveQuestions(c, answers)).toEqual(['role', 'contentKinds']);
  });

  it('names the answered questions under a "not", and never an unanswered one', () => {
    expect(decisiveQuestions(not(is('role', 'witness')), answers)).toEqual(['role']);
    expect(decisiveQuestions(not(is('context', 'partner')), answers)).toEqual([]);
    expect(decisiveQuestions(not(has('threats')), {})).toEqual([]);
    expect(decisiveQuestions(all(has('insults'), not(is('frequency', 'once'))), answers)).toEqual([
      'contentKinds',
    ]);
  });
});
