import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_IDS,
  QUESTIONS,
  askedQuestions,
  decide,
  documentAvailability,
  parseAnswers,
  questionAvailability,
} from '../../src/engine/index.ts';
import { anyAnswers } from '../helpers/arbitraries.ts';

describe('why a document is not offered', () => {
  it('names the author not being from the school when a counsellor asks for the school report', () => {
    const answers = parseAnswers({
      role: 'professional',
      danger: 'none',
      age: 'under-15',
      context: 'other',
    });
    expect(documentAvailability(answers, 'school-report')).toEqual({
      offered: false,
      because: ['context'],
      missing: [],
    });
  });

  it('names the role when the pupil asks for the school report', () => {
    const answers = parseAnswers({
      role: 'victim',
      danger: 'none',
      age: '15-17',
      context: 'school',
    });
    expect(documentAvailability(answers, 'school-report')).toMatchObject({ because: ['role'] });
  });

  it('names the complaint already filed for the complaint letter', () => {
    const answers = parseAnswers({ role: 'victim', complaint: 'filed' });
    expect(documentAvailability(answers, 'complaint-letter')).toMatchObject({
      offered: false,
      because: ['complaint'],
    });
  });

  it('names the unanswered question instead of inventing a reason', () => {
    const answers = parseAnswers({ role: 'parent', danger: 'none', age: '15-17' });
    expect(documentAvailability(answers, 'school-report')).toEqual({
      offered: false,
      because: [],
      missing: ['context'],
    });
  });

  it('agrees with the plan for every answer set, and never refuses without a reason', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const plan = decide(answers);
        for (const id of DOCUMENT_IDS) {
          const availability = documentAvailability(answers, id);
          expect(availability.offered, id).toBe(plan.documents.includes(id));
          if (!availability.offered) {
            expect(availability.because.length + availability.missing.length, id).toBeGreaterThan(
              0,
            );
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('why a question is not asked', () => {
  it('names the role and the visibility when a witness of public content is not asked the author', () => {
    const answers = parseAnswers({ role: 'witness', visibility: 'public' });
    expect(questionAvailability(answers, 'author')).toEqual({
      asked: false,
      because: ['role', 'visibility'],
      missing: [],
    });
  });

  it('says a question is asked when it is', () => {
    expect(questionAvailability(parseAnswers({ role: 'victim' }), 'author')).toEqual({
      asked: true,
    });
  });

  it('agrees with the questionnaire, and names a reason for every question left out', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const asked = askedQuestions(answers);
        for (const { id } of QUESTIONS) {
          const availability = questionAvailability(answers, id);
          expect(availability.asked, id).toBe(asked.includes(id));
          if (!availability.asked) {
            expect(availability.because.length + availability.missing.length, id).toBeGreaterThan(
              0,
            );
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
