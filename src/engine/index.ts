/**
 * Balise's decision engine: answers in, plan (and the offences the facts may constitute) out.
 * Pure TypeScript, no words shown to users: every id it returns is given words by `src/content`.
 */
export type {
  AgeBand,
  Answers,
  Author,
  Complaint,
  ContentKind,
  Context,
  Danger,
  Evidence,
  Frequency,
  LastAct,
  OptionOf,
  PlatformReport,
  PublishedWhileMinor,
  QuestionId,
  Role,
  SingleQuestionId,
  StepId,
  Visibility,
} from './model/answers.ts';
export {
  AGE_BANDS,
  AUTHORS,
  COMPLAINTS,
  CONTENT_KINDS,
  CONTEXTS,
  DANGERS,
  EVIDENCE_LEVELS,
  FREQUENCIES,
  LAST_ACTS,
  OPTIONS,
  PLATFORM_REPORTS,
  PUBLISHED_WHILE_MINOR,
  ROLES,
  STEP_IDS,
  VISIBILITIES,
} from './model/answers.ts';
export type {
  ActionId,
  ContactId,
  DocumentId,
  OffenceId,
  ReasonId,
  SourceId,
  WarningId,
} from './model/catalog.ts';
export {
  ACTION_IDS,
  CONTACT_IDS,
  DOCUMENT_IDS,
  OFFENCE_IDS,
  REASON_IDS,
  SOURCE_IDS,
  WARNING_IDS,
} from './model/catalog.ts';
export type { Plan, PlanStep, Reason, StepStatus } from './model/plan.ts';
export type { OffenceFinding } from './model/offences.ts';
export { attachmentPolicy, decide, mustNotCopy } from './evaluate/decide.ts';
export { isMinor } from './evaluate/people.ts';
export { addMonths, deadlinesFor } from './evaluate/deadlines.ts';
export type { DatedAct, Deadline, Deadlines } from './evaluate/deadlines.ts';
export { DEADLINE_IDS, UNDATED_IDS } from './rules/deadlines.ts';
export { followUpOf, withReports } from './evaluate/follow-ups.ts';
export type { FollowUp, SentReport } from './evaluate/follow-ups.ts';
export {
  ANSWER_OUTCOMES,
  ESCALATION_IDS,
  FOLLOW_UP_RULES,
  REPORT_KINDS,
} from './rules/follow-ups.ts';
export type { AnswerOutcome, EscalationId, ReportKind } from './rules/follow-ups.ts';
export type { DeadlineId, UndatedId } from './rules/deadlines.ts';
export { ATTACHMENT_POLICIES, ATTACHMENT_RULES } from './rules/attachments.ts';
export type { AttachmentPolicy, AttachmentRow } from './rules/attachments.ts';
export { contactsFor } from './evaluate/contacts.ts';
export { offencesFor } from './evaluate/offences.ts';
export { documentAvailability, questionAvailability } from './evaluate/availability.ts';
export type {
  DocumentAvailability,
  QuestionAvailability,
  Unavailable,
} from './evaluate/availability.ts';
// The questions and their order: applicableAnswers, askedQuestions, missingQuestions, nextQuestion…
export * from './questionnaire.ts';
export { InvalidAnswersError, parseAnswers } from './evaluate/parse.ts';
export { QUESTIONS } from './rules/questions.ts';
export type { QuestionRule } from './rules/questions.ts';
export { STEP_RULES } from './rules/steps.ts';
export { PLAN_RULES } from './rules/plan.ts';
export { RULE_BOOK } from './rules/book.ts';
export type { RuleBook } from './rules/book.ts';
export type { GuidanceRow, ReasonRow, StepRules } from './rules/steps.ts';
export type { ContactPriorityRow, PlanRow } from './rules/plan.ts';
export type { Condition } from './model/condition.ts';
export { OFFENCE_RULES } from './rules/offences.ts';
export type { OffenceRow } from './rules/offences.ts';
