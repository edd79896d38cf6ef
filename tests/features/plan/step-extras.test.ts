import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceId } from '../../../src/engine/index.ts';
import { STEP_IDS, decide, parseAnswers } from '../../../src/engine/index.ts';
import { stepView } from '../../../src/features/plan/step-extras.ts';
import { anyAnswers } from '../../helpers/arbitraries.ts';

const PHAROS_SOURCES: readonly SourceId[] = ['sp-r17674', 'pn-pharos'];

function viewOf(raw: Record<string, unknown>, stepId: (typeof STEP_IDS)[number]) {
  const plan = decide(parseAnswers(raw));
  const step = plan.steps.find((s) => s.id === stepId);
  if (step === undefined) throw new Error(`no step ${stepId}`);
  return stepView(step, plan, PHAROS_SOURCES);
}

const minorNudes = {
  role: 'victim',
  danger: 'none',
  age: '15-17',
  contentKinds: ['intimate-images'],
};

describe('what a step page shows beside its actions', () => {
  it('warns a minor whose intimate images circulate not to copy them, on the evidence step only', () => {
    expect(viewOf(minorNudes, 'keep-evidence').warnings).toEqual([
      'do-not-copy-child-sexual-content',
    ]);
    expect(viewOf(minorNudes, 'request-removal').warnings).toEqual([]);
    expect(
      viewOf({ role: 'victim', danger: 'none', age: 'adult' }, 'keep-evidence').warnings,
    ).toEqual([]);
  });

  it('offers the blocking guide on "don\'t reply" and the reporting guide on removal', () => {
    const answers = { role: 'victim', danger: 'none', age: 'adult', contentKinds: ['insults'] };
    expect(viewOf(answers, 'dont-reply').guide).toBe('block');
    expect(viewOf(answers, 'request-removal').guide).toBe('report');
    expect(viewOf(answers, 'file-complaint').guide).toBeNull();
  });

  it('adds PHAROS’s own sources to the PHAROS step, each once, and to no other step', () => {
    const answers = parseAnswers({ role: 'victim', danger: 'none', age: 'adult' });
    const plan = decide(answers);
    for (const step of plan.steps) {
      const { sources } = stepView(step, plan, PHAROS_SOURCES);
      expect(sources).toEqual([...new Set(sources)]);
      if (step.id === 'report-pharos') {
        expect(sources).toEqual(expect.arrayContaining([...step.sources, ...PHAROS_SOURCES]));
      } else {
        expect(sources).toEqual(step.sources);
      }
    }
  });

  it('for any answers: a step that does not apply shows no journal, letter, guide or PHAROS guide', () => {
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom(...STEP_IDS), (answers, stepId) => {
        const plan = decide(answers);
        const step = plan.steps.find((s) => s.id === stepId);
        if (step === undefined) return;
        const view = stepView(step, plan, PHAROS_SOURCES);
        if (!view.applies) {
          expect(view).toMatchObject({ journal: false, documents: [], guide: null, pharos: false });
        }
        for (const id of view.documents) expect(plan.documents).toContain(id);
        for (const id of view.warnings) expect(plan.warnings).toContain(id);
        if (view.guide === 'evidence') {
          expect(step.actions.some((a) => a.startsWith('capture-'))).toBe(true);
        }
      }),
    );
  });
});
