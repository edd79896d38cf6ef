import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SentReport } from '../../src/engine/index.ts';
import {
  ANSWER_OUTCOMES,
  REPORT_KINDS,
  decide,
  followUpOf,
  parseAnswers,
  withReports,
} from '../../src/engine/index.ts';
import { anyAnswers, deepFreeze } from '../helpers/arbitraries.ts';

const sent = (kind: SentReport['kind'], sentOn: string): SentReport => ({
  kind,
  sentOn,
  answer: null,
});

describe('following a report the person made', () => {
  it('a complaint without news is waited for until 3 months later, then the civil-party route opens', () => {
    const complaint = sent('complaint', '2026-01-31');
    expect(followUpOf(complaint, '2026-04-29')).toMatchObject({
      status: 'waiting',
      due: '2026-04-30',
      next: null,
      // What silence past the due day opens: said ahead, for the calendar.
      ifLate: 'civil-party',
      step: 'file-complaint',
    });
    expect(followUpOf(complaint, '2026-04-30')).toMatchObject({
      status: 'late',
      due: '2026-04-30',
      next: 'civil-party',
      sources: ['cpp-85'],
    });
  });

  it('a complaint closed without action opens the civil-party route at once', () => {
    const closed = {
      ...sent('complaint', '2026-03-01'),
      answer: { on: '2026-03-20', outcome: 'refused' as const },
    };
    expect(followUpOf(closed, '2026-03-21')).toMatchObject({
      status: 'refused',
      next: 'civil-party',
    });
  });

  it('an erasure request without an answer within a month goes to the CNIL', () => {
    const request = sent('erasure', '2026-02-15');
    expect(followUpOf(request, '2026-03-14')).toMatchObject({
      status: 'waiting',
      due: '2026-03-15',
    });
    expect(followUpOf(request, '2026-03-15')).toMatchObject({
      status: 'late',
      next: 'cnil-complaint',
    });
    const refused = { ...request, answer: { on: '2026-02-20', outcome: 'refused' as const } };
    expect(followUpOf(refused, '2026-02-21')).toMatchObject({
      status: 'refused',
      next: 'cnil-complaint',
    });
  });

  it('a platform has no legal delay: its report waits without a date, and a refusal can be contested', () => {
    const notice = sent('platform', '2026-01-01');
    expect(followUpOf(notice, '2027-01-01').ifLate).toBeNull();
    expect(followUpOf(notice, '2027-01-01')).toMatchObject({
      status: 'waiting',
      due: null,
      next: null,
    });
    const refused = { ...notice, answer: { on: '2026-01-03', outcome: 'refused' as const } };
    expect(followUpOf(refused, '2026-01-04')).toMatchObject({
      status: 'refused',
      next: 'platform-appeal',
      step: 'request-removal',
    });
  });

  it('PHAROS and the school have no delay and no escalation of their own', () => {
    for (const kind of ['pharos', 'school'] as const) {
      expect(followUpOf(sent(kind, '2020-01-01'), '2026-01-01')).toMatchObject({
        status: 'waiting',
        due: null,
        next: null,
      });
      const refused = {
        ...sent(kind, '2020-01-01'),
        answer: { on: '2020-02-01', outcome: 'refused' as const },
      };
      expect(followUpOf(refused, '2026-01-01')).toMatchObject({ status: 'refused', next: null });
    }
  });

  it('an answer that did what was asked ends the follow-up, whatever the kind', () => {
    for (const kind of REPORT_KINDS) {
      const report = {
        ...sent(kind, '2026-01-01'),
        answer: { on: '2026-01-05', outcome: 'done' as const },
      };
      expect(followUpOf(report, '2027-01-01')).toMatchObject({ status: 'done', next: null });
    }
  });

  it('is deterministic, never mutates the report, and is late exactly from its due day on', () => {
    const day = fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const report = fc.record({
      kind: fc.constantFrom(...REPORT_KINDS),
      sentOn: day,
      answer: fc.option(fc.record({ on: day, outcome: fc.constantFrom(...ANSWER_OUTCOMES) })),
    });
    fc.assert(
      fc.property(report, day, (input, today) => {
        const frozen = deepFreeze(structuredClone(input));
        const result = followUpOf(frozen, today);
        expect(followUpOf(frozen, today)).toEqual(result);
        expect(frozen).toEqual(input);
        if (input.answer === null) {
          expect(result.status === 'late').toBe(result.due !== null && result.due <= today);
        } else {
          expect(result.status).toBe(input.answer.outcome);
        }
        expect(
          result.next === null || result.status === 'late' || result.status === 'refused',
        ).toBe(true);
      }),
    );
  });
});

describe('the plan following the reports logged', () => {
  const adult = parseAnswers({
    role: 'victim',
    danger: 'none',
    age: 'adult',
    contentKinds: ['insults'],
  });
  const platform = (answer: SentReport['answer'], sentOn = '2026-03-01'): SentReport => ({
    kind: 'platform',
    sentOn,
    answer,
  });

  it('a complaint logged marks the complaint step done, as "filed" would', () => {
    const plan = decide(withReports(adult, [sent('complaint', '2026-03-01')]));
    expect(plan.steps.find((s) => s.id === 'file-complaint')?.status).toBe('done');
    expect(decide(adult).steps.find((s) => s.id === 'file-complaint')?.status).toBe('todo');
  });

  it('a platform report logged says it is pending, and its answer says removed or refused', () => {
    expect(withReports(adult, [platform(null)]).platformReport).toBe('pending');
    expect(
      withReports(adult, [platform({ on: '2026-03-05', outcome: 'done' })]).platformReport,
    ).toBe('removed');
    expect(
      withReports(adult, [platform({ on: '2026-03-05', outcome: 'refused' })]).platformReport,
    ).toBe('refused');
    const removed = decide(withReports(adult, [platform({ on: '2026-03-05', outcome: 'done' })]));
    expect(removed.steps.find((s) => s.id === 'request-removal')?.status).toBe('done');
  });

  it('the report sent last speaks; one without answer does not undo an answer given', () => {
    const refused = { ...adult, platformReport: 'refused' as const };
    expect(withReports(refused, [platform(null)]).platformReport).toBe('refused');
    const notDone = { ...adult, platformReport: 'not-done' as const };
    expect(withReports(notDone, [platform(null)]).platformReport).toBe('pending');
    // Whatever order they were logged in.
    expect(
      withReports(adult, [
        platform({ on: '2026-04-02', outcome: 'done' }, '2026-04-01'),
        platform({ on: '2026-03-02', outcome: 'refused' }, '2026-03-01'),
      ]).platformReport,
    ).toBe('removed');
    expect(
      withReports(adult, [
        platform({ on: '2026-03-02', outcome: 'refused' }, '2026-03-01'),
        platform({ on: '2026-04-02', outcome: 'done' }, '2026-04-01'),
      ]).platformReport,
    ).toBe('removed');
  });

  it('reports of other kinds change no answer, and no report changes nothing', () => {
    expect(withReports(adult, [])).toBe(adult);
    expect(withReports(adult, [sent('pharos', '2026-01-01'), sent('erasure', '2026-01-01')])).toBe(
      adult,
    );
  });

  it('never mutates the answers or the reports, and touches only what reports say', () => {
    const report = fc.record({
      kind: fc.constantFrom(...REPORT_KINDS),
      sentOn: fc.constantFrom('2026-01-01', '2026-02-01'),
      answer: fc.option(
        fc.record({ on: fc.constant('2026-03-01'), outcome: fc.constantFrom(...ANSWER_OUTCOMES) }),
      ),
    });
    fc.assert(
      fc.property(anyAnswers, fc.array(report, { maxLength: 4 }), (answers, reports) => {
        const frozen = deepFreeze(structuredClone({ answers, reports }));
        const next = withReports(frozen.answers, frozen.reports);
        expect(frozen).toEqual({ answers, reports });
        const others = (a: object) =>
          Object.entries(a).filter(([key]) => key !== 'platformReport' && key !== 'complaint');
        expect(others(next)).toEqual(others(answers));
      }),
    );
  });
});
