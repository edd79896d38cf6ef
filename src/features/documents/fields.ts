import type { DocumentId } from '../../engine/index.ts';
import type { Details, FieldId } from '../../stores/documents.ts';
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
