import { describe, expect, it } from 'vitest';
import {
  ACTION_IDS,
  CONTACT_IDS,
  DOCUMENT_IDS,
  FOLLOW_UP_RULES,
  OFFENCE_RULES,
  PLAN_RULES,
  QUESTIONS,
  REASON_IDS,
  SOURCE_IDS,
  STEP_IDS,
  STEP_RULES,
  WARNING_IDS,
} from '../../src/engine/index.ts';
import { questionsOf } from '../../src/engine/evaluate/condition.ts';
import { QUESTION_IDS } from '../helpers/arbitraries.ts';

const stepRows = STEP_RULES.flatMap((s) => [...s.notApplicable, ...s.doneWhen, ...s.guidance]);

describe('the rule tables', () => {
  it('have one rule set per step, in step order', () => {
    expect(STEP_RULES.map((s) => s.id)).toEqual(STEP_IDS);
  });

  it('ask every question exactly once', () => {
    expect([...QUESTIONS.map((q) => q.id)].sort()).toEqual([...QUESTION_IDS].sort());
  });

  it('decide whether to ask a question only from questions asked before it', () => {
    QUESTIONS.forEach((question, index) => {
      const earlier = QUESTIONS.slice(0, index).map((q) => q.id);
      for (const q of questionsOf(question.asked)) expect(earlier, question.id).toContain(q);
    });
  });

  it('use every action, reason and source id at least once (no dead ids)', () => {
    const actions = new Set(STEP_RULES.flatMap((s) => s.guidance.flatMap((r) => r.actions)));
    const reasons = new Set([...stepRows.map((r) => r.reason), 'marked-done']);
    const sources = new Set(
      [...stepRows, ...OFFENCE_RULES, ...Object.values(FOLLOW_UP_RULES)].flatMap((r) => r.sources),
    );
    expect(ACTION_IDS.filter((id) => !actions.has(id))).toEqual([]);
    expect(REASON_IDS.filter((id) => !reasons.has(id))).toEqual([]);
    expect(SOURCE_IDS.filter((id) => !sources.has(id))).toEqual([]);
  });

  it('can produce every contact, document and warning', () => {
    const produced = (key: 'contacts' | 'documents' | 'warnings') =>
      new Set(PLAN_RULES.flatMap((r) => r[key] ?? []));
    expect(CONTACT_IDS.filter((id) => !produced('contacts').has(id))).toEqual([]);
    expect(DOCUMENT_IDS.filter((id) => !produced('documents').has(id))).toEqual([]);
    expect(WARNING_IDS.filter((id) => !produced('warnings').has(id))).toEqual([]);
  });

  it('give each reason to one row only, so a reason always means one thing', () => {
    const reasons = stepRows.map((r) => r.reason);
    expect(reasons.filter((r, i) => reasons.indexOf(r) !== i)).toEqual([]);
  });
});
