import type { Answers } from '../model/answers.ts';
import type { ContactId } from '../model/catalog.ts';
import { CONTACT_IDS } from '../model/catalog.ts';
import { CONTACT_PRIORITY, PLAN_RULES } from '../rules/plan.ts';
import type { RuleBook } from '../rules/book.ts';
import { holds } from './condition.ts';
import { applicableAnswers } from './questions.ts';

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** The plan-wide tables of the law's rule book: all that listing contacts needs. */
const PLAN_WIDE: ContactTables = { plan: PLAN_RULES, contactPriority: CONTACT_PRIORITY };
type ContactTables = Pick<RuleBook, 'plan' | 'contactPriority'>;

/**
 * The plan's contacts for these answers (`Plan.contacts`), without deciding the steps: the
 * book's plan rows that hold give the contacts, in the catalog's order except those a matching
 * contact-priority row puts first. Used by `decide`, and alone by screens that need only the
 * numbers to call (the emergency page), so they do not carry the step tables. Pure.
 */
export function contactsFor(answers: Answers, book: ContactTables = PLAN_WIDE): ContactId[] {
  const kept = applicableAnswers(answers);
  const contacts = book.plan
    .filter((row) => holds(row.when, kept))
    .flatMap((row) => row.contacts ?? []);
  const first = unique(
    book.contactPriority.filter((row) => holds(row.when, kept)).flatMap((row) => row.first),
  ).filter((id) => contacts.includes(id));
  return [...first, ...CONTACT_IDS.filter((id) => contacts.includes(id) && !first.includes(id))];
}
