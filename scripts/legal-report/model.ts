/**
 * What the legal report is built from, once read from the repository (`collect.ts`). Everything
 * else (rules, words, letters) is imported from `src/` by `render.ts`, so the report always shows
 * the code as it is.
 */

export type { Fact } from '../facts.mjs';
import type { Fact } from '../facts.mjs';

/** A scenario of `tests/engine/scenarios/*.yaml`: a situation and what the plan must say. */
export interface ScenarioCase {
  readonly file: string;
  readonly name: string;
  readonly answers: unknown;
  readonly expect: Readonly<Record<string, unknown>>;
}

/** A source file whose `fact: <id>` comments tie facts to the ids written after them. */
export interface SourceText {
  /** Relative to the repository, with `/`. */
  readonly path: string;
  readonly text: string;
}

export interface ReportInput {
  /** The commit the report describes, e.g. `8a83902 (modifications non commitées)`. */
  readonly commit: string;
  /** Day of generation, `YYYY-MM-DD`: the letters' date and the reference for stale facts. */
  readonly generatedOn: string;
  readonly facts: readonly Fact[];
  readonly scenarios: readonly ScenarioCase[];
  readonly sourceTexts: readonly SourceText[];
  /** What could not be read (a malformed fact file, a scenario file…), said in the report. */
  readonly problems: readonly string[];
}
