import type { ContentKind, OptionOf, SingleQuestionId } from './answers.ts';

/**
 * A condition over the answers, written as data so that rule tables stay readable and
 * every rule can name the questions it depends on. An unanswered question matches no option.
 */
export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | AnswerIn
  | { readonly q: 'contentKinds'; readonly includesAny: readonly ContentKind[] };

/** `{ q: 'role', in: ['parent'] }`: the answer to `q` is one of these options. */
export type AnswerIn = {
  readonly [Q in SingleQuestionId]: { readonly q: Q; readonly in: readonly OptionOf<Q>[] };
}[SingleQuestionId];
