import type { Answers } from '../model/answers.ts';
import { OFFENCE_IDS } from '../model/catalog.ts';
import type { OffenceFinding } from '../model/offences.ts';
import { OFFENCE_RULES } from '../rules/offences.ts';
import { decisiveQuestions, holds } from './condition.ts';
import { applicableAnswers } from './questions.ts';

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/**
 * The offences the facts may constitute, for a notice to a platform or a letter to the procureur:
 * each with the answered questions it rests on and the texts that define it. In the order of
 * `OFFENCE_IDS`, each at most once (rows naming the same offence are merged); empty when no
 * answer points to an offence. Answers to questions that no longer apply are ignored, as in
 * `decide`. Pure and deterministic; `answers` is never modified.
 */
export function offencesFor(answers: Answers): readonly OffenceFinding[] {
  const kept = applicableAnswers(answers);
  const rows = OFFENCE_RULES.filter((row) => holds(row.when, kept));
  return OFFENCE_IDS.flatMap((id): OffenceFinding[] => {
    const matching = rows.filter((row) => row.offence === id);
    if (matching.length === 0) return [];
    return [
      {
        id,
        because: unique(matching.flatMap((row) => decisiveQuestions(row.when, kept))),
        sources: unique(matching.flatMap((row) => row.sources)),
      },
    ];
  });
}
