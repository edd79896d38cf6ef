// Types of scripts/facts.mjs, for the TypeScript tests that import it.

export type Confidence = 'haute' | 'moyenne' | 'basse';

/** One source of a fact: who publishes it, its address when the sheet gives one, the date it shows. */
export interface FactSource {
  readonly publisher: string;
  readonly url?: string;
  readonly date?: string;
}

/** One entry of docs/facts/*.yaml (schema: docs/facts/README.md), with the file it comes from. */
export interface Fact {
  readonly id: string;
  readonly statement: string;
  readonly articles: readonly string[];
  readonly sources: readonly FactSource[];
  readonly confidence: Confidence;
  readonly checked: string;
  readonly note?: string;
  readonly url?: string;
  readonly file: string;
}

export const FACTS_DIR: string;
export const CONFIDENCES: readonly Confidence[];
export const STALE_AFTER_MONTHS: number;
export function isIsoDate(value: unknown): boolean;
export function isHttpsUrl(value: unknown): boolean;
export function topicOf(file: string): string;
export function validate(files: readonly { file: string; data: unknown }[]): string[];
export function readFiles(dir?: string): {
  files: { file: string; data: unknown }[];
  problems: string[];
};
export function loadFacts(dir?: string): Fact[];
export function urlsOf(fact: Fact): string[];
export function staleFacts(facts: readonly Fact[], today: string, months?: number): Fact[];
export function articleNumbers(text: string): string[];
