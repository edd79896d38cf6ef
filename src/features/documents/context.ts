import type { Answers, DocumentId, OffenceFinding, Plan } from '../../engine/index.ts';
import { decide, isMinor, offencesFor } from '../../engine/index.ts';
import type { Audience } from '../../content/types.ts';
import { audienceOf } from '../../i18n/voice.ts';
import type { JournalEntry } from '../../lib/journal/model.ts';
import type { Details, Party } from '../../stores/documents.ts';
import { DOCUMENT_TRAITS } from './traits.ts';

/**
 * Everything a document is built from. Builders are pure functions of this: the same input
 * always gives the same document, and nothing else is read (no clock, no storage).
 */
export interface DocumentInput {
  readonly answers: Answers;
  readonly details: Details;
  /** The journal's entries, in any order. */
  readonly entries: readonly JournalEntry[];
  /** Today, `'YYYY-MM-DD'`, for the letter's date. */
  readonly today: string;
}

/**
 * Who signs:
 * - `self`: the person targeted, an adult (or whose age is not given);
 * - `minor-self`: the person targeted, a minor writing themself;
 * - `representative`: a parent (legal representative) writing in a minor's name.
 */
export type Signer = 'self' | 'minor-self' | 'representative';

/** What builders derive once from the input. */
export interface DocumentContext extends DocumentInput {
  readonly plan: Plan;
  readonly offences: readonly OffenceFinding[];
  readonly audience: Audience | null;
  readonly signer: Signer;
  readonly minor: boolean;
  /** Entries sorted by when they happened, then by when they were noted. */
  readonly sorted: readonly JournalEntry[];
}

/**
 * Whose details a document uses. A professional prepares the complaint and the erasure request
 * for the pupil or their family, who sign them: their details, not the professional's.
 */
export function partyOf(id: DocumentId, answers: Answers): Party {
  return answers.role === 'professional' && DOCUMENT_TRAITS[id].signedByFamily ? 'family' : 'user';
}

export function signerOf(answers: Answers): Signer {
  const minor = isMinor(answers);
  if (answers.role === 'parent' || answers.role === 'professional') {
    return minor ? 'representative' : 'self';
  }
  return minor ? 'minor-self' : 'self';
}

export function contextOf(input: DocumentInput): DocumentContext {
  return {
    ...input,
    plan: decide(input.answers),
    offences: offencesFor(input.answers),
    audience: audienceOf(input.answers),
    signer: signerOf(input.answers),
    minor: isMinor(input.answers),
    sorted: [...input.entries].sort(
      (a, b) =>
        a.occurredAt.localeCompare(b.occurredAt) || a.capturedAt.localeCompare(b.capturedAt),
    ),
  };
}
