import type { ContentKind } from '../engine/index.ts';
import { frQuestions } from '../content/fr/questions.ts';
import type { Voiced } from '../content/types.ts';

/** The words of a content kind, for the current reader. */
export const kindLabel = (kind: ContentKind, v: (text: Voiced) => string): string =>
  v(frQuestions.questions.contentKinds.options[kind].label);
