import type { Answers, QuestionId } from '../model/answers.ts';
import { OPTIONS, STEP_IDS } from '../model/answers.ts';

/** Thrown by `parseAnswers`; `fields` names every field that was malformed ("answers" for the whole). */
export class InvalidAnswersError extends Error {
  readonly fields: readonly string[];

  constructor(fields: readonly string[]) {
    super(`Invalid answers: ${fields.join(', ')}`);
    this.name = 'InvalidAnswersError';
    this.fields = fields;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A list of distinct known ids, at least one. */
const isIdList = (value: unknown, allowed: readonly string[], allowEmpty: boolean): boolean =>
  Array.isArray(value) &&
  (allowEmpty || value.length > 0) &&
  new Set(value).size === value.length &&
  value.every((item) => typeof item === 'string' && allowed.includes(item));

/**
 * Checks untrusted input (a saved session, an import, a URL) and returns answers the engine can
 * use. Unknown fields, unknown options, duplicates and wrong types are all rejected, each by name.
 */
export function parseAnswers(input: unknown): Answers {
  if (!isRecord(input)) throw new InvalidAnswersError(['answers']);
  const bad: string[] = [];
  const answers: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const ok =
      field === 'done'
        ? isIdList(value, STEP_IDS, true)
        : field === 'contentKinds'
          ? isIdList(value, OPTIONS.contentKinds, false)
          : Object.hasOwn(OPTIONS, field) &&
            typeof value === 'string' &&
            (OPTIONS[field as QuestionId] as readonly string[]).includes(value);
    if (ok) answers[field] = Array.isArray(value) ? [...(value as unknown[])] : value;
    else bad.push(field);
  }
  if (bad.length > 0) throw new InvalidAnswersError(bad);
  return answers;
}
