import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_IDS,
  decide,
  documentAvailability,
  parseAnswers,
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
