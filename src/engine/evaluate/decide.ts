import type { Answers, ContentKind, QuestionId, StepId } from '../model/answers.ts';
import type { ActionId, DocumentId, SourceId, WarningId } from '../model/catalog.ts';
import { DOCUMENT_IDS, WARNING_IDS } from '../model/catalog.ts';
import type { Plan, PlanStep, Reason } from '../model/plan.ts';
import type { AttachmentPolicy } from '../rules/attachments.ts';
import { ATTACHMENT_RULES } from '../rules/attachments.ts';
import { MUST_NOT_COPY } from '../rules/conditions.ts';
import type { RuleBook } from '../rules/book.ts';
import { RULE_BOOK } from '../rules/book.ts';
import type { ReasonRow, StepRules } from '../rules/steps.ts';
import { holds, questionsOf } from './condition.ts';
import { contactsFor } from './contacts.ts';
import { applicableAnswers, missingQuestions } from './questions.ts';

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];
/** Keeps `items` in the canonical order of `order` (plans are stable whatever the rule order). */
const inOrder = <T>(order: readonly T[], items: readonly T[]): T[] =>
  order.filter((id) => items.includes(id));

const reasonOf = (row: ReasonRow): Reason => ({ id: row.reason, because: questionsOf(row.when) });

function decideStep(rules: StepRules, answers: Answers): PlanStep {
  const matching = <R extends ReasonRow>(rows: readonly R[]): R[] =>
    rows.filter((row) => holds(row.when, answers));

  const notApplicable = matching(rules.notApplicable);
  if (notApplicable.length > 0) {
    return {
      id: rules.id,
      status: 'not-applicable',
      reasons: notApplicable.map(reasonOf),
      actions: [],
      urgent: [],
      sources: unique(notApplicable.flatMap((row) => row.sources)),
    };
  }

  const guidance = matching(rules.guidance);
  const doneRows = matching(rules.doneWhen);
  const markedDone = answers.done?.includes(rules.id) === true;
  const doneReasons: Reason[] = doneRows.map(reasonOf);
  if (markedDone) doneReasons.push({ id: 'marked-done', because: [] });

  const sources: SourceId[] = unique([...doneRows, ...guidance].flatMap((row) => row.sources));
  // Urgent rows come first in the table, so their actions lead the list.
  const urgent = unique(guidance.filter((row) => row.urgent).flatMap((row) => row.actions));
  const actions: ActionId[] = unique([...urgent, ...guidance.flatMap((row) => row.actions)]);
  return {
    id: rules.id,
    status: doneReasons.length > 0 ? 'done' : 'todo',
    reasons: [...doneReasons, ...guidance.map(reasonOf)],
    actions,
    urgent,
    sources,
  };
}

/**
 * Turns answers into a plan by the rules of `book` (the law's, `RULE_BOOK`, unless a test gives
 * its own). Total: partial answers give a provisional plan whose `missing` lists the questions
 * still to ask. Pure and deterministic; neither `answers` nor `book` is ever modified.
 */
export function decide(answers: Answers, book: RuleBook = RULE_BOOK): Plan {
  const kept = applicableAnswers(answers);
  const steps = book.steps.map((rules) => decideStep(rules, kept));
  const rows = book.plan.filter((row) => holds(row.when, kept));
  const documents: DocumentId[] = rows.flatMap((row) => row.documents ?? []);
  const warnings: WarningId[] = rows.flatMap((row) => row.warnings ?? []);
  const next: StepId | null = steps.find((step) => step.status === 'todo')?.id ?? null;
  const missing: readonly QuestionId[] = missingQuestions(kept);
  return {
    steps,
    next,
    contacts: contactsFor(kept, book),
    documents: inOrder(DOCUMENT_IDS, documents),
    warnings: inOrder(WARNING_IDS, warnings),
    missing,
  };
}

/**
 * Whether content of these kinds must never be copied (captured, downloaded, attached, sent) for
 * this person: child sexual content, and intimate images of someone who may be a minor (C. pén.
 * 227-23). An unanswered age counts as "maybe a minor": when unsure, protect.
 */
export function mustNotCopy(answers: Answers, kinds: readonly ContentKind[]): boolean {
  return holds(MUST_NOT_COPY, { age: answers.age ?? 'unknown', contentKinds: kinds });
}

/**
 * What the journal does with files attached to an act of these kinds, for this person
 * (`ATTACHMENT_RULES`): `refuse` for child sexual content and intimate images of someone who may
 * be a minor, `confirm-no-intimate-image` for sextortion (the blackmail itself is evidence to
 * keep), `accept` otherwise. An unanswered age counts as "maybe a minor". Pure: reads its inputs.
 */
export function attachmentPolicy(
  answers: Answers,
  kinds: readonly ContentKind[],
): AttachmentPolicy {
  const situation: Answers = { age: answers.age ?? 'unknown', contentKinds: kinds };
  return ATTACHMENT_RULES.find((row) => holds(row.when, situation))?.policy ?? 'accept';
}
