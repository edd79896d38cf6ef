/**
 * A printable document as plain data: what the HTML preview shows and the PDF renderer draws.
 *
 * Every string here is literal text, never markup: the preview hands it to React (which escapes
 * it) and the PDF renderer draws it glyph by glyph. Builders in `src/features/documents` make
 * these from the answers, the journal and the form; nothing here knows French or the law.
 */

/** A run of text; `strong` runs are set in bold. */
export interface Run {
  readonly text: string;
  readonly strong?: boolean;
}

/** A line of text made of runs (a plain string is one normal run). */
export type Inline = string | Run;

export type Block =
  /** A paragraph. `align: 'end'` puts it against the right margin (place and date). */
  | { readonly kind: 'paragraph'; readonly parts: readonly Inline[]; readonly align?: 'end' }
  /** Short lines kept together: an address, a signature, a sender block. */
  | { readonly kind: 'lines'; readonly lines: readonly string[]; readonly align?: 'end' }
  /** A bulleted or numbered list; each item is one paragraph. */
  | {
      readonly kind: 'list';
      readonly ordered: boolean;
      readonly items: readonly (readonly Inline[])[];
    }
  /**
   * A table with a header row. `widths` are relative column widths (same length as `columns`).
   * Cells are plain text; long words (addresses, hashes) wrap anywhere.
   */
  | {
      readonly kind: 'table';
      readonly caption: string;
      readonly columns: readonly string[];
      readonly widths: readonly number[];
      readonly rows: readonly (readonly string[])[];
    };

/** A titled part of a document. A section is never empty: builders leave it out instead. */
export interface Section {
  /** Stable id, for anchors and tests (`'facts'`, `'exhibits'`…). */
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
}

export interface Doc {
  /** The document's title: first heading, PDF title, file name stem. */
  readonly title: string;
  /** BCP 47 language tag written in the PDF and on the preview (`'fr-FR'`). */
  readonly lang: string;
  /** Blocks before the first section (sender, recipient, place and date, subject). */
  readonly opening: readonly Block[];
  readonly sections: readonly Section[];
  /** Blocks after the last section (closing formula, signature). */
  readonly closing: readonly Block[];
  /** Short text repeated at the foot of every PDF page, before "page n / N". */
  readonly footer: string;
  /**
   * `'one-page'`: a sheet meant to be handed over whole (the front-desk sheet). The PDF shrinks it,
   * within readable sizes, to hold on one A4 page; beyond that it keeps full size over more pages.
   */
  readonly fit?: 'one-page';
  /** Page numbering in the document's language, with `{page}` and `{pages}` (`'Page {page} sur {pages}'`). */
  readonly pageNumbers: string;
}
