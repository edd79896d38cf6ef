import type { ContactPriorityRow, PlanRow } from './plan.ts';
import { CONTACT_PRIORITY, PLAN_RULES } from './plan.ts';
import type { StepRules } from './steps.ts';
import { STEP_RULES } from './steps.ts';

/**
 * The tables `decide` reads: the steps in order, the plan-wide rows (contacts, documents,
 * warnings) and which contacts come first. Balise decides with `RULE_BOOK`, the law's; screen
 * tests give a small made-up book of their own, so that they test the screen, not the law.
 */
export interface RuleBook {
  readonly steps: readonly StepRules[];
  readonly plan: readonly PlanRow[];
  readonly contactPriority: readonly ContactPriorityRow[];
}

export const RULE_BOOK: RuleBook = {
  steps: STEP_RULES,
  plan: PLAN_RULES,
  contactPriority: CONTACT_PRIORITY,
};
