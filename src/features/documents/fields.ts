import type { DocumentId } from '../../engine/index.ts';
import type { Details, FieldId, Party } from '../../stores/documents.ts';
import type { DocumentContext } from './context.ts';

/** A field a document's form shows, and whether the document cannot be made without it. */
export interface FieldSpec {
  readonly field: FieldId;
  readonly required: boolean;
}

type When = (ctx: DocumentContext) => boolean;
/**
 * A form row: the field; `required`, `optional`, or when it is required; and, for fields that
 * only make sense for some signers, when it is shown at all.
 */
type Rule = readonly [FieldId, 'required' | 'optional' | When, When?];

const representative = (ctx: DocumentContext) => ctx.signer === 'representative';
const journalEmpty = (ctx: DocumentContext) => ctx.entries.length === 0;
/** Child sexual content: the DSA does not require the notifier's name and e-mail (art. 16(2)(c)). */
const childSexual = (ctx: DocumentContext) =>
  ctx.offences.some((o) => o.id === 'child-sexual-images');

const professional = (ctx: DocumentContext) => ctx.answers.role === 'professional';
/** A minor cannot be a civil party alone; the letter says who can. */
const mayBeCivilParty = (ctx: DocumentContext) => ctx.signer !== 'minor-self';

/** Each document's form, in the order shown. */
const FORMS: Readonly<Record<DocumentId, readonly Rule[]>> = {
  'complaint-letter': [
    ['senderName', 'required'],
    ['senderBirthDate', 'required'],
    ['senderBirthPlace', 'optional'],
    ['senderAddress', 'required'],
    ['senderPhone', 'optional'],
    ['senderEmail', 'optional'],
    ['childName', 'required', representative],
    ['childBirthDate', 'required', representative],
    ['court', 'required'],
    ['city', 'optional'],
    ['authorName', (ctx) => ctx.answers.author === 'named'],
    ['facts', journalEmpty],
    ['harm', 'required'],
    ['witnesses', 'optional'],
    ['otherExhibits', 'optional'],
    ['civilParty', 'optional', mayBeCivilParty],
  ],
  'platform-notice': [
    ['platformName', 'required'],
    ['urls', 'required'],
    ['explanation', (ctx) => ctx.offences.length === 0],
    ['senderName', (ctx) => !childSexual(ctx)],
    ['senderEmail', (ctx) => !childSexual(ctx)],
    ['city', 'optional'],
  ],
  'erasure-request': [
    ['siteName', 'required'],
    ['siteContact', 'optional'],
    ['dataDescription', 'required'],
    ['urls', 'optional'],
    ['senderName', 'required'],
    ['senderBirthDate', (ctx) => ctx.signer !== 'representative'],
    ['childName', 'required', representative],
    ['childBirthDate', 'required', representative],
    ['senderAddress', 'optional'],
    ['senderEmail', 'optional'],
    ['city', 'optional'],
  ],
  // A few lines on what happened, and whose sheet it is; the rest comes from the journal.
  'front-desk-sheet': [
    ['senderName', 'optional'],
    ['facts', 'optional'],
  ],
  'school-report': [
    ['schoolName', 'required'],
    ['senderName', 'required'],
    ['senderFunction', 'required', professional],
    ['senderPhone', 'optional'],
    ['senderEmail', 'optional'],
    ['childName', 'required'],
    ['childClass', 'optional'],
    ['facts', journalEmpty],
    ['actionsTaken', 'optional'],
    ['city', 'optional'],
  ],
  'action-plan': [],
};

export function fieldsOf(id: DocumentId, ctx: DocumentContext): FieldSpec[] {
  return FORMS[id]
    .filter(([, , shown]) => shown?.(ctx) ?? true)
    .map(([field, rule]) => ({
      field,
      required: typeof rule === 'function' ? rule(ctx) : rule === 'required',
    }));
}

const isFilled = (details: Details, field: FieldId): boolean => {
  const value = details[field];
  return typeof value === 'boolean' || value.trim() !== '';
};

/** Required fields left empty, in form order: named to the user before any download. */
export function missingFields(id: DocumentId, ctx: DocumentContext): FieldId[] {
  return fieldsOf(id, ctx)
    .filter((spec) => spec.required && !isFilled(ctx.details, spec.field))
    .map((spec) => spec.field);
}

/** How a text field is typed in (the one other field, "partie civile", is a check box). */
export type FieldInput =
  | { readonly kind: 'long'; readonly rows: number }
  | { readonly kind: 'text' | 'date' | 'email' | 'tel' };

const INPUT_KINDS: Partial<Record<FieldId, 'date' | 'email' | 'tel'>> = {
  senderBirthDate: 'date',
  childBirthDate: 'date',
  senderEmail: 'email',
  senderPhone: 'tel',
};
const LONG_FIELDS: Partial<Record<FieldId, number>> = {
  senderAddress: 3,
  facts: 5,
  witnesses: 3,
  harm: 5,
  otherExhibits: 3,
  urls: 3,
  explanation: 3,
  siteContact: 3,
  dataDescription: 3,
  actionsTaken: 3,
};

export function inputOf(field: Exclude<FieldId, 'civilParty'>): FieldInput {
  const rows = LONG_FIELDS[field];
  if (rows !== undefined) return { kind: 'long', rows };
  return { kind: INPUT_KINDS[field] ?? 'text' };
}

const AUTOCOMPLETE: Partial<Record<FieldId, string>> = {
  senderName: 'name',
  senderBirthDate: 'bday',
  senderAddress: 'street-address',
  senderPhone: 'tel',
  senderEmail: 'email',
};

/** The browser may fill in the user's own details only: a family's are not the counsellor's. */
export function autoCompleteOf(field: FieldId, party: Party): string {
  return (party === 'user' ? AUTOCOMPLETE[field] : undefined) ?? 'off';
}

/**
 * The journal's addresses not yet typed in the field, and the field with them added after what
 * was typed (never in place of it), one per line.
 */
export function withJournalLocations(
  typedValue: string,
  locations: readonly string[],
): { readonly toAdd: readonly string[]; readonly merged: string } {
  const typed = typedValue
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const toAdd = locations.filter((location) => !typed.includes(location));
  return { toAdd, merged: [...typed, ...toAdd].join('\n') };
}
