import { create } from 'zustand';
import type { StorageFailure } from '../lib/storage.ts';
import { readItem, removeItem, writeItem } from '../lib/storage.ts';
import { DOCUMENTS_SET_ASIDE_KEY, DOCUMENTS_STORAGE_KEY, useAnswers } from './answers.ts';

/**
 * What the documents' forms ask for (name, address, court, URLs…). These are personal details:
 * they are kept where the answers are — this tab's session storage by default, so that a phone
 * reloading the tab (after switching apps to copy a link) does not lose them; the device when the
 * user chose "Se souvenir sur cet appareil" — and they are forgotten with the answers and by
 * every wipe. Persistence is explicit and versioned: `{ version: 1, user, family }`.
 *
 * Two parties: `user`, the person using Balise; `family`, the person who signs a letter a
 * professional prepares for someone else (a pupil or their parents). So a counsellor's own name
 * never ends up in the family's complaint letter.
 *
 * Besides the fields typed in, one choice is a detail like them: the language the DSA notice is
 * written in (`noticeLanguage`, French unless English is chosen). A save made before it existed
 * has no such key and reads as French; the save's version is unchanged.
 */

export const FIELD_IDS = [
  'senderName',
  'senderBirthDate',
  'senderBirthPlace',
  'senderAddress',
  'senderPhone',
  'senderEmail',
  'senderFunction',
  'childName',
  'childBirthDate',
  'childClass',
  'city',
  'court',
  'authorName',
  'facts',
  'witnesses',
  'harm',
  'otherExhibits',
  'civilParty',
  'platformName',
  'urls',
  'explanation',
  'siteName',
  'siteContact',
  'dataDescription',
  'schoolName',
  'actionsTaken',
] as const;
export type FieldId = (typeof FIELD_IDS)[number];
/** The languages a letter may be written in: French, and English for the DSA notice only. */
export const LETTER_LANGUAGES = ['fr', 'en'] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

/** Every field is text, except the "partie civile" checkbox; and the notice's language. */
export type Details = { readonly [F in FieldId]: F extends 'civilParty' ? boolean : string } & {
  readonly noticeLanguage: LetterLanguage;
};
/** What `setField` may change: a field, or the notice's language. */
export type DetailId = keyof Details;
export type Party = 'user' | 'family';

export const STORAGE_KEY = DOCUMENTS_STORAGE_KEY;
export const SAVE_VERSION = 1;

/** Longest text kept in one field: well above a page, well below what storage can hold. */
export const MAX_FIELD_LENGTH = 20_000;

export const EMPTY_DETAILS: Details = {
  ...(Object.fromEntries(
    FIELD_IDS.map((field) => [field, field === 'civilParty' ? false : '']),
  ) as unknown as Omit<Details, 'noticeLanguage'>),
  noticeLanguage: 'fr',
};

interface DocumentsState {
  readonly details: Readonly<Record<Party, Details>>;
  /** Why the details could not be kept (in this tab or on the device), or null. */
  readonly problem: StorageFailure | 'unreadable' | null;
  setField: <F extends DetailId>(party: Party, field: F, value: Details[F]) => void;
  dismissProblem: () => void;
}

const EMPTY: Readonly<Record<Party, Details>> = { user: EMPTY_DETAILS, family: EMPTY_DETAILS };

/** Reads one party's saved details, keeping only known fields of the right type. */
function parseDetails(input: unknown): Details | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const record = input as Record<string, unknown>;
  const out: Record<string, string | boolean> = { ...EMPTY_DETAILS };
  for (const field of FIELD_IDS) {
    const value = record[field];
    if (value === undefined) continue;
    const expected = field === 'civilParty' ? 'boolean' : 'string';
    if (typeof value !== expected) return null;
    if (typeof value === 'string' && value.length > MAX_FIELD_LENGTH) return null;
    out[field] = value as string | boolean;
  }
  const language = record['noticeLanguage'];
  if (language !== undefined) {
    if (!(LETTER_LANGUAGES as readonly unknown[]).includes(language)) return null;
    out['noticeLanguage'] = language as LetterLanguage;
  }
  return out as unknown as Details;
}

/** Reads a save: `{ version: 1, user, family }`. Exported for tests. */
export function readSave(raw: string): Readonly<Record<Party, Details>> | null {
  let save: unknown;
  try {
    save = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof save !== 'object' || save === null) return null;
  const { version, user, family } = save as Record<string, unknown>;
  if (version !== SAVE_VERSION) return null;
  const u = parseDetails(user);
  const f = parseDetails(family);
  return u && f ? { user: u, family: f } : null;
}

function load(): Pick<DocumentsState, 'details' | 'problem'> {
  const { keep } = useAnswers.getState();
  // A séance starts empty and keeps its details in memory only (src/stores/shared-session.ts).
  if (keep === 'memory') return { details: EMPTY, problem: null };
  const read = readItem(keep, STORAGE_KEY);
  if (!read.ok) return { details: EMPTY, problem: read.failure };
  if (read.value === null) return { details: EMPTY, problem: null };
  const details = readSave(read.value);
  if (details) return { details, problem: null };
  // An unreadable save is set aside, like the answers', before anything typed could replace it.
  writeItem(keep, DOCUMENTS_SET_ASIDE_KEY, read.value);
  removeItem(keep, STORAGE_KEY);
  return { details: EMPTY, problem: 'unreadable' };
}

function persist(details: Readonly<Record<Party, Details>>): StorageFailure | null {
  // Where the answers are; the answers store has already removed the copy from the other place.
  // During a séance, nowhere: they stay in memory.
  const { keep } = useAnswers.getState();
  if (keep === 'memory') return null;
  const result = writeItem(
    keep,
    STORAGE_KEY,
    JSON.stringify({ version: SAVE_VERSION, ...details }),
  );
  return result.ok ? null : result.failure;
}

export const useDocuments = create<DocumentsState>()((set, get) => ({
  ...load(),
  setField: (party, field, value) => {
    const details = { ...get().details, [party]: { ...get().details[party], [field]: value } };
    set({ details, problem: persist(details) });
  },
  dismissProblem: () => {
    set({ problem: null });
  },
}));

// Follow the answers' choice: keep in this tab, keep on the device, or forget everything.
useAnswers.subscribe((state, previous) => {
  if (state.cleared !== previous.cleared) {
    // The answers store erased the stored copies; forget the one in memory.
    useDocuments.setState({ details: EMPTY, problem: null });
  } else if (state.keep !== previous.keep) {
    useDocuments.setState({ problem: persist(useDocuments.getState().details) });
  }
});

/** Re-reads storage: used between tests. */
export function reloadDocuments(): void {
  useDocuments.setState(load());
}
