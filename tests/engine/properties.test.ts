import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActionId, Answers, QuestionId } from '../../src/engine/index.ts';
import {
  applicableAnswers,
  askedQuestions,
  contactsFor,
  decide,
  InvalidAnswersError,
  isMinor,
  mustNotCopy,
  nextQuestion,
  parseAnswers,
  QUESTIONS,
  RULE_BOOK,
  STEP_IDS,
} from '../../src/engine/index.ts';
import { holds } from '../../src/engine/evaluate/condition.ts';
import {
  MINOR_SEXUAL_IMAGES,
  MINOR_SEXUAL_OFFENCE,
  MUST_NOT_COPY,
} from '../../src/engine/rules/conditions.ts';
import { QUESTION_IDS, anyAnswers, answerFor, deepFreeze } from '../helpers/arbitraries.ts';
import { SMALL_BOOK } from '../helpers/small-book.ts';

const RUNS = { numRuns: 2000 };
/** Thousands of generated answers per test, on a machine shared with the rest of the suite. */
const WHOLE_SPACE_TIMEOUT = 60_000;

/** Actions that would tell someone to copy content. */
const COPYING_ACTIONS: readonly ActionId[] = [
  'capture-before-blocking',
  'capture-date-time-url-author',
  'capture-private-messages',
  'capture-every-account',
  'commissaire-de-justice',
];

describe('the plan, over the whole answer space', { timeout: WHOLE_SPACE_TIMEOUT }, () => {
  it('always has the six steps, in order, and never throws', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        expect(decide(answers).steps.map((s) => s.id)).toEqual(STEP_IDS);
      }),
      RUNS,
    );
  });

  it('gives the same numbers to call alone (emergency page) as in the whole plan', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        expect(contactsFor(answers)).toEqual(decide(answers).contacts);
      }),
      RUNS,
    );
  });

  it('points next to the first step still to do', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const plan = decide(answers);
        expect(plan.next).toBe(plan.steps.find((s) => s.status === 'todo')?.id ?? null);
      }),
      RUNS,
    );
  });

  it('puts emergency first whenever someone is in danger', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        fc.pre(answers.danger !== undefined && answers.danger !== 'none');
        fc.pre(!answers.done?.includes('emergency'));
        const plan = decide(answers);
        expect(plan.next).toBe('emergency');
        expect(plan.contacts).toEqual(expect.arrayContaining(['17', '112', '114']));
      }),
      RUNS,
    );
  });

  it('never rules out "do not reply", not even for a witness', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        expect(decide(answers).steps[1]?.status).not.toBe('not-applicable');
      }),
      RUNS,
    );
  });

  it('gives every step its reasons and sources, and actions while it is to do', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        for (const step of decide(answers).steps) {
          expect(step.reasons.length, step.id).toBeGreaterThan(0);
          expect(step.sources.length, step.id).toBeGreaterThan(0);
          if (step.status === 'not-applicable') expect(step.actions).toEqual([]);
          if (step.status === 'todo') expect(step.actions.length, step.id).toBeGreaterThan(0);
          for (const reason of step.reasons) {
            for (const q of reason.because) expect(QUESTION_IDS).toContain(q);
          }
        }
      }),
      RUNS,
    );
  });

  it('never tells anyone to copy when only sexual images of a possible minor are at stake', () => {
    const imagesOnly = fc.uniqueArray(fc.constantFrom('child-sexual', 'intimate-images' as const), {
      minLength: 1,
    });
    fc.assert(
      fc.property(anyAnswers, imagesOnly, (given, contentKinds) => {
        const answers = { ...given, contentKinds };
        fc.pre(holds(MUST_NOT_COPY, answers));
        const plan = decide(answers);
        expect(plan.warnings).toContain('do-not-copy-child-sexual-content');
        const actions = plan.steps.flatMap((s) => s.actions);
        for (const action of COPYING_ACTIONS) expect(actions).not.toContain(action);
        expect(actions).toContain('keep-url-and-handle-only');
      }),
      RUNS,
    );
  });

  it('says not to capture the images whenever sexual images of a possible minor are at stake', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        fc.pre(holds(MINOR_SEXUAL_IMAGES, answers));
        const plan = decide(answers);
        expect(plan.warnings).toContain('do-not-copy-child-sexual-content');
        expect(plan.steps[2]?.actions).toContain('do-not-capture-sexual-content-of-minor');
      }),
      RUNS,
    );
  });

  it('keeps the blackmail messages and the profile as evidence, whatever the age', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        fc.pre((answers.contentKinds ?? []).includes('sextortion'));
        const plan = decide(answers);
        expect(plan.steps[2]?.actions).toContain('capture-blackmail-without-images');
        expect(plan.steps[1]?.actions.slice(0, 3)).toEqual([
          'do-not-pay',
          'do-not-send-more',
          'do-not-delete-conversation',
        ]);
      }),
      RUNS,
    );
  });

  it('refuses to copy the images only, and warns for them or for the sextortion of a possible minor', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const kinds = answers.contentKinds ?? [];
        const age = answers.age ?? 'unknown';
        const plan = decide({ ...answers, age });
        expect(plan.warnings.includes('do-not-copy-child-sexual-content')).toBe(
          mustNotCopy(answers, kinds) || (age !== 'adult' && kinds.includes('sextortion')),
        );
      }),
      RUNS,
    );
    expect(mustNotCopy({}, ['intimate-images'])).toBe(true);
    expect(mustNotCopy({ age: 'adult' }, ['intimate-images'])).toBe(false);
    expect(mustNotCopy({ age: '15-17' }, ['sextortion'])).toBe(false);
  });

  it('never says "6 years after the last message" when a sexual offence against a possible minor is in play', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        fc.pre(holds(MINOR_SEXUAL_OFFENCE, applicableAnswers(answers)));
        const plan = decide(answers);
        const actions = plan.steps.flatMap((s) => s.actions);
        expect(actions).not.toContain('six-years-from-last-act');
      }),
      RUNS,
    );
  });

  it('never asks a witness to file a complaint', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        fc.pre(answers.role === 'witness');
        const plan = decide(answers);
        expect(plan.steps[4]?.status).toBe('not-applicable');
        expect(plan.documents).not.toContain('complaint-letter');
        expect(plan.warnings).not.toContain('pharos-does-not-replace-complaint');
      }),
      RUNS,
    );
  });

  // fact: witness.report-to-procureur, fact: witness.routes
  it('gives a witness ways to report the facts, and a warning against joining in', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        fc.pre(answers.role === 'witness');
        const plan = decide(answers);
        expect(plan.steps[1]?.actions).toContain('do-not-join-in');
        expect(plan.steps[2]?.actions).toContain('witness-report-to-procureur');
        expect(plan.steps[2]?.actions).toContain('witness-talk-to-police-online');
      }),
      RUNS,
    );
  });

  // fact: partners.3919-for-women: never the first line offered to a boy.
  it('never offers the 3919 before the 3018 to someone who may be a minor', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        fc.pre(['under-15', '15-17', 'unknown'].includes(answers.age ?? 'none'));
        const { contacts } = decide(answers);
        if (contacts.includes('3919')) {
          expect(contacts.indexOf('3018')).toBeGreaterThanOrEqual(0);
          expect(contacts.indexOf('3018')).toBeLessThan(contacts.indexOf('3919'));
        }
      }),
      RUNS,
    );
  });

  it('does not send a private matter with a known person to PHAROS', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        fc.pre(answers.visibility === 'private' && answers.author === 'named');
        expect(decide(answers).steps[5]?.status).toBe('not-applicable');
      }),
      RUNS,
    );
  });

  it('is deterministic and does not modify its input', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const copy = structuredClone(answers);
        const frozen = deepFreeze(structuredClone(answers));
        expect(decide(frozen)).toEqual(decide(copy));
        expect(frozen).toEqual(copy);
        expect(nextQuestion(frozen)).toBe(nextQuestion(copy));
      }),
      RUNS,
    );
  });

  it('asks the missing questions among the applicable ones, in the same order', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const asked = askedQuestions(answers);
        const missing = decide(answers).missing;
        expect(asked.filter((q) => missing.includes(q))).toEqual(missing);
        expect(asked.slice(0, 2)).toEqual(['role', 'danger']);
      }),
      RUNS,
    );
  });

  it('lists as missing exactly the applicable questions not yet answered', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const plan = decide(answers);
        const kept = applicableAnswers(answers);
        for (const q of plan.missing) expect(kept[q]).toBeUndefined();
        expect(plan.missing[0] ?? null).toBe(nextQuestion(answers));
      }),
      RUNS,
    );
  });
});

describe('the questions, over the whole answer space', { timeout: WHOLE_SPACE_TIMEOUT }, () => {
  it('never asks a question already answered, or one that does not apply', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const q = nextQuestion(answers);
        fc.pre(q !== null);
        expect(answers[q]).toBeUndefined();
        const rule = QUESTIONS.find((r) => r.id === q);
        expect(rule && holds(rule.asked, answers)).toBe(true);
      }),
      RUNS,
    );
  });

  it('always reaches the end of the journey, asking role then danger first', () => {
    const answering = fc.array(fc.nat(), {
      minLength: QUESTIONS.length,
      maxLength: QUESTIONS.length,
    });
    fc.assert(
      fc.property(answering, (seeds) => {
        let answers: Answers = {};
        const asked: QuestionId[] = [];
        for (const seed of seeds) {
          const q = nextQuestion(answers);
          if (q === null) break;
          asked.push(q);
          const value = fc.sample(answerFor(q), { numRuns: 1, seed })[0];
          answers = parseAnswers({ ...answers, [q]: value });
        }
        expect(nextQuestion(answers)).toBeNull();
        expect(asked.slice(0, 2)).toEqual(['role', 'danger']);
        expect(new Set(asked).size).toBe(asked.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseAnswers', () => {
  it('returns valid answers unchanged', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        expect(parseAnswers(answers)).toEqual(answers);
      }),
      RUNS,
    );
  });

  it('names every malformed field and only those', () => {
    const badValue = fc.oneof(
      fc.constant('not-an-option'),
      fc.integer(),
      fc.constant(null),
      fc.constant(['insults', 'insults']),
      fc.constant([]),
      fc.object(),
    );
    const fields = [...QUESTION_IDS, 'done', 'unexpected'];
    fc.assert(
      fc.property(
        anyAnswers,
        fc.uniqueArray(fc.constantFrom(...fields), { minLength: 1 }),
        badValue,
        (answers, broken, value) => {
          const input: Record<string, unknown> = { ...answers };
          for (const field of broken) input[field] = value;
          // [] is a valid "nothing done yet"; skip that one combination.
          fc.pre(!(Array.isArray(value) && value.length === 0 && broken.includes('done')));
          try {
            parseAnswers(input);
            expect.unreachable('malformed answers were accepted');
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidAnswersError);
            expect([...(error as InvalidAnswersError).fields].sort()).toEqual([...broken].sort());
          }
        },
      ),
      RUNS,
    );
  });
});

describe('who is a minor', () => {
  it('is someone under 15 or aged 15 to 17, never an adult or someone whose age is not given', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        expect(isMinor(answers)).toBe(answers.age === 'under-15' || answers.age === '15-17');
      }),
    );
  });
});

describe('the rule book', () => {
  it('decides by the book it is given, and never modifies it', () => {
    const book = deepFreeze(structuredClone(SMALL_BOOK));
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const plan = decide(answers, book);
        expect(plan.steps.map((s) => s.id)).toEqual([
          'dont-reply',
          'keep-evidence',
          'report-pharos',
        ]);
        expect(plan.documents).toEqual(['platform-notice']);
        expect(plan.contacts).toEqual(['3018']);
        expect(plan.warnings).toEqual(
          answers.role === 'witness' ? ['pharos-does-not-replace-complaint'] : [],
        );
      }),
      RUNS,
    );
    expect(book).toEqual(SMALL_BOOK);
  });

  it('is the law’s book when none is given', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        expect(decide(answers)).toEqual(decide(answers, RULE_BOOK));
      }),
      RUNS,
    );
  });
});
