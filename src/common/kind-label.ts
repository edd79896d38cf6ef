import type { ContentKind } from '../engine/index.ts';
import type { Voiced } from '../content/types.ts';
import { words } from '../i18n/words.ts';

/** The words of a content kind, for the current reader. */
export const kindLabel = (kind: ContentKind, v: (text: Voiced) => string): string =>
  v(words.questions.questions.contentKinds.options[kind].label);
