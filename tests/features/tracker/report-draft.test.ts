import { describe, expect, it } from 'vitest';
import {
  draftOf,
  emptyDraft,
  problemsOf,
  reportOf,
} from '../../../src/features/tracker/report-draft.ts';
import { MAX_REPORTS } from '../../../src/stores/tracker.ts';

const TODAY = '2026-06-10';

describe('the report form, without a screen', () => {
  it('starts on the kind asked, sent today, without an answer', () => {
    expect(emptyDraft('complaint', TODAY)).toMatchObject({
      kind: 'complaint',
      sentOn: TODAY,
      answered: false,
      outcome: null,
    });
    expect(problemsOf(emptyDraft('complaint', TODAY), TODAY, 0)).toEqual([]);
  });

  it('asks for a real sending day, not after today', () => {
    const draft = emptyDraft('platform', TODAY);
    expect(problemsOf({ ...draft, sentOn: '' }, TODAY, 0)).toEqual(['sent-on']);
    expect(problemsOf({ ...draft, sentOn: '2026-02-30' }, TODAY, 0)).toEqual(['sent-on']);
    expect(problemsOf({ ...draft, sentOn: '2026-06-11' }, TODAY, 0)).toEqual(['sent-on-future']);
  });

  it('an answer needs its day, not before sending nor after today, and what it said', () => {
    const draft = { ...emptyDraft('erasure', TODAY), sentOn: '2026-05-01', answered: true };
    expect(problemsOf(draft, TODAY, 0)).toEqual(['answer-on', 'outcome']);
    expect(problemsOf({ ...draft, answerOn: '2026-04-30', outcome: 'done' }, TODAY, 0)).toEqual([
      'answer-before-sent',
    ]);
    expect(problemsOf({ ...draft, answerOn: '2026-06-11', outcome: 'done' }, TODAY, 0)).toEqual([
      'answer-future',
    ]);
    expect(problemsOf({ ...draft, answerOn: '2026-05-01', outcome: 'refused' }, TODAY, 0)).toEqual(
      [],
    );
  });

  it('refuses a new report once the follow-up is full', () => {
    expect(problemsOf(emptyDraft('school', TODAY), TODAY, MAX_REPORTS)).toEqual(['too-many']);
  });

  it('makes a report with trimmed texts, and an answer only when one came', () => {
    const draft = {
      ...emptyDraft('complaint', TODAY),
      to: '  Commissariat  ',
      reference: ' PV 2026/123 ',
      answerOn: '2026-06-01',
      outcome: 'refused' as const,
      reasons: ' Classement ',
    };
    const id = '00000000-0000-4000-8000-000000000001';
    expect(reportOf(draft, id)).toEqual({
      id,
      kind: 'complaint',
      sentOn: TODAY,
      to: 'Commissariat',
      reference: 'PV 2026/123',
      answer: null,
    });
    const answered = reportOf({ ...draft, answered: true }, id);
    expect(answered.answer).toEqual({
      on: '2026-06-01',
      outcome: 'refused',
      reasons: 'Classement',
    });
    expect(draftOf(answered)).toMatchObject({
      answered: true,
      answerOn: '2026-06-01',
      reasons: 'Classement',
    });
  });
});
