import type { Answers } from '../model/answers.ts';
import type { ContactId } from '../model/catalog.ts';
import { CONTACT_IDS } from '../model/catalog.ts';
import { CONTACT_PRIORITY, PLAN_RULES } from '../rules/plan.ts';
import { holds } from './condition.ts';
import { applicableAnswers } from './questions.ts';

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/**
 * The plan's contacts for these answers (`Plan.contacts`), without deciding the steps: the
 * `PLAN_RULES` rows that hold give the contacts, in the catalog's order except those a matching
 * `CONTACT_PRIORITY` row puts first. Used by `decide`, and alone by screens that need only the
 * numbers to call (the emergency page), so they do not carry the step tables. Pure.
 */
export function contactsFor(answers: Answers): ContactId[] {
  const kept = applicableAnswers(answers);
  const contacts = PLAN_RULES.filter((row) => holds(row.when, kept)).flatMap(
    (row) => row.contacts ?? [],
  );
  const first = unique(
    CONTACT_PRIORITY.filter((row) => holds(row.when, kept)).flatMap((row) => row.first),
  ).filter((id) => contacts.includes(id));
  return [...first, ...CONTACT_IDS.filter((id) => contacts.includes(id) && !first.includes(id))];
}
