import type { OffenceFinding, Plan } from '../../src/engine/index.ts';
import { esc } from './html.ts';
import type { Item, Kind } from './items.ts';
import type { ScenarioCase } from './model.ts';

/** Which scenarios of tests/engine/scenarios assert each item, or its absence. */

export interface Run {
  readonly scenario: ScenarioCase;
  readonly plan: Plan | null;
  readonly offences: readonly OffenceFinding[];
}

// ---------------------------------------------------------------- scenarios

const listIn = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const valuesIn = (value: unknown): string[] =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? Object.values(value).flatMap(listIn)
    : [];
const keysIn = (value: unknown): string[] =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];

interface Hit {
  readonly applies: boolean;
  readonly asserted: boolean;
  readonly absent: boolean;
}

export function hit(kind: Kind, id: string, run: Run): Hit {
  const e = run.scenario.expect;
  const plan = run.plan;
  const steps = plan?.steps ?? [];
  switch (kind) {
    case 'question':
      return {
        applies: false,
        asserted: e['askNext'] === id || listIn(e['missing']).includes(id),
        absent: false,
      };
    case 'attachment':
    case 'platform':
    case 'term':
      return { applies: false, asserted: false, absent: false };
    case 'step': {
      const named = ['steps', 'actions', 'noActions', 'reasons'].some((k) =>
        keysIn(e[k]).includes(id),
      );
      return { applies: false, asserted: named, absent: false };
    }
    case 'reason':
      return {
        applies: steps.some((s) => s.reasons.some((r) => r.id === id)),
        asserted: valuesIn(e['reasons']).includes(id),
        absent: false,
      };
    case 'action':
      return {
        applies: steps.some((s) => (s.actions as readonly string[]).includes(id)),
        asserted: valuesIn(e['actions']).includes(id),
        absent: valuesIn(e['noActions']).includes(id),
      };
    case 'warning':
    case 'contact':
    case 'document': {
      const key = `${kind}s` as const;
      const list = e[key];
      return {
        applies: ((plan?.[key] ?? []) as readonly string[]).includes(id),
        asserted: listIn(list).includes(id),
        absent: Array.isArray(list) && !listIn(list).includes(id),
      };
    }
    case 'offence': {
      const list = e['offences'];
      return {
        applies: run.offences.some((o) => o.id === id),
        asserted: listIn(list).includes(id) || keysIn(e['because']).includes(id),
        absent: Array.isArray(list) && !listIn(list).includes(id),
      };
    }
  }
}

/** Scenario names run on as one paragraph: a list of a dozen lines would fill a printed page. */
const scenarioNames = (list: readonly { run: Run }[]): string =>
  `<p class="scenarios">${list.map(({ run: { scenario: s } }) => `<span class="id">${esc(s.file.replace(/\.ya?ml$/, ''))}</span> ${esc(s.name)}`).join(' · ')}</p>`;

export function scenariosHtml(item: Item, runs: readonly Run[]): string {
  const hits = runs.map((run) => ({ run, hit: hit(item.kind, item.id, run) }));
  const asserted = hits.filter((h) => h.hit.asserted);
  const absent = hits.filter((h) => h.hit.absent && !h.hit.asserted);
  const alsoApplies = hits.filter((h) => h.hit.applies && !h.hit.asserted).length;
  const parts = [
    asserted.length === 0
      ? '<p class="none">Aucun scénario ne le vérifie.</p>'
      : `<p>Vérifié par ${asserted.length} scénario${asserted.length > 1 ? 's' : ''} :</p>${scenarioNames(asserted)}`,
    absent.length === 0 ? '' : `<p>Son absence est vérifiée par :</p>${scenarioNames(absent)}`,
    alsoApplies === 0
      ? ''
      : `<p class="meta">S’applique aussi dans ${alsoApplies} autre${alsoApplies > 1 ? 's' : ''} scénario${alsoApplies > 1 ? 's' : ''}, sans qu’ils l’affirment.</p>`,
  ];
  return parts.join('');
}
