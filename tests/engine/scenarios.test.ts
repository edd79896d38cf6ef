import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Plan, StepId } from '../../src/engine/index.ts';
import {
  ACTION_IDS,
  CONTACT_IDS,
  DOCUMENT_IDS,
  OFFENCE_IDS,
  QUESTIONS,
  REASON_IDS,
  SOURCE_IDS,
  STEP_IDS,
  WARNING_IDS,
  decide,
  offencesFor,
  parseAnswers,
} from '../../src/engine/index.ts';
import '../helpers/plan-matchers.ts';

/**
 * One generic runner for the scenario files: each is a situation (answers) and what the plan
 * must say, and which offences the facts may constitute. A lawyer can read and extend them
 * without touching code.
 */
interface Scenario {
  name: string;
  answers: unknown;
  expect: {
    next?: StepId | null;
    askNext?: string | null;
    missing?: string[];
    steps?: Record<string, string>;
    contacts?: string[];
    documents?: string[];
    warnings?: string[];
    actions?: Record<string, string[]>;
    /** The step's first actions, exactly these and in this order. */
    firstActions?: Record<string, string[]>;
    noActions?: Record<string, string[]>;
    reasons?: Record<string, string[]>;
    cites?: string[];
    /** Exactly these offences, in this order (`offencesFor`). */
    offences?: string[];
    /** For each offence named, exactly the questions it rests on. */
    because?: Record<string, string[]>;
    /** For each offence named, exactly the sources it cites, in order. */
    offenceSources?: Record<string, string[]>;
  };
}

const KNOWN_KEYS = new Set([
  'next',
  'askNext',
  'missing',
  'steps',
  'contacts',
  'documents',
  'warnings',
  'actions',
  'firstActions',
  'noActions',
  'reasons',
  'cites',
  'offences',
  'because',
  'offenceSources',
]);

const dir = join(import.meta.dirname, 'scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

const known = (ids: readonly string[]) => new Set<string>(ids);
const QUESTION_IDS = known(QUESTIONS.map((q) => q.id));
const STEPS = known(STEP_IDS);
const ACTIONS = known(ACTION_IDS);
const REASONS = known(REASON_IDS);
const OFFENCES = known(OFFENCE_IDS);
const SOURCES = known(SOURCE_IDS);

/**
 * Every id a scenario names that the engine does not know. A misspelt id would otherwise pass
 * unseen: `noActions` with a typo is always true, and so is a reason that can never appear.
 */
export function unknownIds(e: Scenario['expect']): string[] {
  const out: string[] = [];
  const check = (ids: Iterable<string>, set: ReadonlySet<string>, what: string) => {
    for (const id of ids) if (!set.has(id)) out.push(`${what} "${id}"`);
  };
  const byStep = (
    record: Record<string, string[]> | undefined,
    set: ReadonlySet<string>,
    what: string,
  ) => {
    check(Object.keys(record ?? {}), STEPS, 'step');
    check(Object.values(record ?? {}).flat(), set, what);
  };
  if (e.next != null) check([e.next], STEPS, 'step');
  if (e.askNext != null) check([e.askNext], QUESTION_IDS, 'question');
  check(e.missing ?? [], QUESTION_IDS, 'question');
  check(Object.keys(e.steps ?? {}), STEPS, 'step');
  check(e.contacts ?? [], known(CONTACT_IDS), 'contact');
  check(e.documents ?? [], known(DOCUMENT_IDS), 'document');
  check(e.warnings ?? [], known(WARNING_IDS), 'warning');
  byStep(e.actions, ACTIONS, 'action');
  byStep(e.firstActions, ACTIONS, 'action');
  byStep(e.noActions, ACTIONS, 'action');
  byStep(e.reasons, REASONS, 'reason');
  check(e.cites ?? [], SOURCES, 'source');
  check(e.offences ?? [], OFFENCES, 'offence');
  check(Object.keys(e.because ?? {}), OFFENCES, 'offence');
  check(Object.values(e.because ?? {}).flat(), QUESTION_IDS, 'question');
  check(Object.keys(e.offenceSources ?? {}), OFFENCES, 'offence');
  check(Object.values(e.offenceSources ?? {}).flat(), SOURCES, 'source');
  return out;
}

const stepOf = (plan: Plan, id: string) => {
  const step = plan.steps.find((s) => s.id === id);
  if (!step) throw new Error(`unknown step "${id}" in scenario`);
  return step;
};

describe('a scenario file', () => {
  it('is refused when it names an id the engine does not know', () => {
    expect(
      unknownIds({
        noActions: { 'dont-reply': ['reply-calmly'] },
        reasons: { 'keep-evidence': [REASON_IDS[0]] },
        cites: ['cp-999'],
      }),
    ).toEqual(['action "reply-calmly"', 'source "cp-999"']);
  });
});

describe.each(files)('%s', (file) => {
  const scenarios = parse(readFileSync(join(dir, file), 'utf8')) as Scenario[];

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
    const unknown = Object.keys(scenario.expect).filter((k) => !KNOWN_KEYS.has(k));
    expect(unknown, 'unknown expectation keys').toEqual([]);
    expect(unknownIds(scenario.expect), 'ids the engine does not know').toEqual([]);
    const answers = parseAnswers(scenario.answers);
    const plan = decide(answers);
    const e = scenario.expect;

    if (e.next !== undefined) expect(plan).toHaveNext(e.next);
    if (e.askNext !== undefined) expect(answers).toAskNext(e.askNext as never);
    if (e.missing) expect(plan.missing).toEqual(e.missing);
    for (const [step, status] of Object.entries(e.steps ?? {})) {
      expect(stepOf(plan, step).status, `status of ${step}`).toBe(status);
    }
    if (e.contacts) expect(plan.contacts).toEqual(e.contacts);
    if (e.documents) expect(plan.documents).toEqual(e.documents);
    if (e.warnings) expect(plan.warnings).toEqual(e.warnings);
    for (const [step, actions] of Object.entries(e.actions ?? {})) {
      expect(stepOf(plan, step).actions, `actions of ${step}`).toEqual(
        expect.arrayContaining(actions),
      );
    }
    for (const [step, actions] of Object.entries(e.firstActions ?? {})) {
      expect(
        stepOf(plan, step).actions.slice(0, actions.length),
        `first actions of ${step}`,
      ).toEqual(actions);
    }
    for (const [step, actions] of Object.entries(e.noActions ?? {})) {
      for (const action of actions) {
        expect(stepOf(plan, step).actions, `actions of ${step}`).not.toContain(action);
      }
    }
    for (const [step, reasons] of Object.entries(e.reasons ?? {})) {
      expect(
        stepOf(plan, step).reasons.map((r) => r.id),
        `reasons of ${step}`,
      ).toEqual(expect.arrayContaining(reasons));
    }
    for (const source of e.cites ?? []) expect(plan).toCite(source as never);

    const offences = offencesFor(answers);
    if (e.offences) expect(offences.map((o) => o.id)).toEqual(e.offences);
    for (const [offence, questions] of Object.entries(e.because ?? {})) {
      const finding = offences.find((o) => o.id === offence);
      expect(finding, `offence ${offence}`).toBeDefined();
      expect(finding?.because, `because of ${offence}`).toEqual(questions);
    }
    for (const [offence, sources] of Object.entries(e.offenceSources ?? {})) {
      const finding = offences.find((o) => o.id === offence);
      expect(finding, `offence ${offence}`).toBeDefined();
      expect(finding?.sources, `sources of ${offence}`).toEqual(sources);
    }
  });
});
