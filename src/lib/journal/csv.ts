import type { AttachmentMeta, JournalEntry } from './model.ts';
import { VERSIONED_FIELDS } from './model.ts';

/**
 * The chronology as CSV (RFC 4180: comma, CRLF, quoted fields with doubled quotes), safe to open
 * in a spreadsheet: a cell starting with `=`, `+`, `-`, `@` (even after spaces or line breaks),
 * tab or carriage return gets a
 * leading `'`, so a description such as `=HYPERLINK(…)` stays text instead of becoming a formula.
 * Starts with a UTF-8 byte-order mark so spreadsheets read accents right.
 */

/** The columns, in order. Cells hold the entry's values as stored (ids, ISO dates). */
export const CSV_COLUMNS = ['id', ...VERSIONED_FIELDS, 'capturedAt', 'updatedAt'] as const;

/** One column's id. */
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** How the UI words the CSV: header labels, and optionally the cells (e.g. kinds in French). */
export interface CsvOptions {
  /** Header label per column; the column id when missing. */
  readonly headers?: Partial<Readonly<Record<CsvColumn, string>>>;
  /** Rewrites a cell; receives the default text. Its result is escaped like any cell. */
  readonly cell?: (column: CsvColumn, entry: JournalEntry, value: string) => string;
  /** The archive path of an attachment, listed in the `attachments` cell. */
  readonly path: (entry: JournalEntry, attachment: AttachmentMeta) => string;
}

/** A formula start, even behind spaces or line breaks (spreadsheets trim them before parsing). */
const FORMULA = /^\s*[=+\-@]|^[\t\r]/;

/** One cell, neutralised against formulas and quoted when needed. */
export function csvCell(value: string): string {
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function defaultValue(column: CsvColumn, entry: JournalEntry, options: CsvOptions): string {
  switch (column) {
    case 'approximate':
      return entry.approximate ? 'true' : 'false';
    case 'kinds':
      return entry.kinds.join(', ');
    case 'checks':
      return entry.checks.join(', ');
    case 'attachments':
      return entry.attachments
        .map((meta) => `${options.path(entry, meta)} sha256:${meta.sha256}`)
        .join('\n');
    default:
      return entry[column];
  }
}

/** The CSV text in parts, made one at a time: the byte-order mark and header row, then a row per entry. */
export function* journalCsvParts(
  entries: readonly JournalEntry[],
  options: CsvOptions,
): Generator<string, void, undefined> {
  const header = CSV_COLUMNS.map((column) => csvCell(options.headers?.[column] ?? column));
  yield `\uFEFF${header.join(',')}\r\n`;
  for (const entry of entries) {
    const row = CSV_COLUMNS.map((column) => {
      const value = defaultValue(column, entry, options);
      return csvCell(options.cell ? options.cell(column, entry, value) : value);
    });
    yield `${row.join(',')}\r\n`;
  }
}
