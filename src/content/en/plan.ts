import type { PlanCatalog } from '../types.ts';
import { actions1 } from './plan/actions-1.ts';
import { actions2 } from './plan/actions-2.ts';
import { documents, glossary, reasons, services, warnings } from './plan/more.ts';
import { steps } from './plan/steps.ts';

/** The plan's words in English (the French catalog, src/content/fr/plan.ts, is the source of truth). */
export const plan: PlanCatalog = {
  steps,
  actions: { ...actions1, ...actions2 },
  reasons,
  warnings,
  documents,
  services,
  glossary,
};
