/**
 * Doc → pages of drawing operations: wrapping, pagination (keep-together, keep-with-next,
 * repeated table headers), footers. Pure: no pdf-lib here, so it can be tested and measured alone.
 */
import type { Block, Doc, Inline, Section } from '../doc/model.ts';
import { isSha256Hex, prepareText } from './characters.ts';
import type { Face, FontSet, Style } from './font-set.ts';
import { BODY, COLORS, FOOTER, HEADING, LIST, PAGE, TABLE, TITLE, type Rgb } from './page-style.ts';
import { clampLines, wrap, type Line, type Piece } from './wrap.ts';

export type DrawOp =
  | {
      readonly kind: 'text';
      readonly face: Face;
      readonly size: number;
      /** Start of the baseline. */
      readonly x: number;
      readonly y: number;
      readonly text: string;
      readonly color: Rgb;
    }
  | {
      readonly kind: 'rect';
      /** Lower-left corner. */
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly fill: Rgb | undefined;
      readonly stroke: Rgb | undefined;
      readonly lineWidth: number;
    }
  | {
      readonly kind: 'line';
      readonly x1: number;
      readonly y1: number;
      readonly x2: number;
      readonly y2: number;
      readonly lineWidth: number;
      readonly color: Rgb;
    };

export type PageOps = readonly DrawOp[];

/**
 * The page as the layout sees it. At `scale` 1 it is the A4 page; below 1 it is a larger page,
 * laid out with the usual sizes and then drawn shrunk onto A4 (see `layoutDoc`), so that lines
 * break exactly as they were measured.
 */
interface Frame {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly width: number;
}
const frameAt = (scale: number): Frame => {
  const width = PAGE.width / scale;
  return {
    left: PAGE.margin,
    right: width - PAGE.margin,
    top: PAGE.height / scale - PAGE.margin,
    width: width - 2 * PAGE.margin,
  };
};
/**
 * The scales tried for a document that asks to fit on one page, largest first. The smallest sets
 * body text at 7.3 pt and table text at 6.3 pt, the size of a form's small print, still readable
 * on paper; a document that does not fit even then is laid out at full size, over as many pages
 * as it needs.
 */
export const FIT_SCALES = [1, 0.9, 0.8, 0.72, 0.66] as const;
/** Floating-point slack when comparing heights. */
const EPSILON = 1e-6;

/** Line height and size of a kind of text. */
interface TextStyle {
  readonly size: number;
  readonly leading: number;
}
const textStyle = (spec: { size: number; leading: number }): TextStyle => ({
  size: spec.size,
  leading: spec.size * spec.leading,
});
const BODY_TEXT = textStyle(BODY);
const TITLE_TEXT = textStyle(TITLE);
const HEADING_TEXT = textStyle(HEADING);
const TABLE_TEXT = textStyle(TABLE);
const CAPTION_TEXT = textStyle({ size: TABLE.captionSize, leading: BODY.leading });
const FOOTER_TEXT = textStyle(FOOTER);

/** A block wrapped to the page width, ready to paginate. */
type Measured =
  | {
      readonly kind: 'lines';
      readonly lines: readonly Line[];
      readonly align: 'start' | 'end';
      readonly keepTogether: boolean;
    }
  | {
      readonly kind: 'list';
      readonly items: readonly { readonly label: string; readonly lines: readonly Line[] }[];
      readonly textX: number;
    }
  | {
      readonly kind: 'table';
      readonly caption: readonly Line[];
      readonly columnX: readonly number[];
      readonly columnWidths: readonly number[];
      readonly header: readonly (readonly Line[])[];
      readonly rows: readonly (readonly (readonly Line[])[])[];
    };

/**
 * Lays a document out on A4 pages. Always returns at least one page. A document with
 * `fit: 'one-page'` is shrunk, step by step (`FIT_SCALES`), until it holds on one page.
 */
export function layoutDoc(doc: Doc, fonts: FontSet): PageOps[] {
  if (doc.fit !== 'one-page') return new Layout(doc, fonts, frameAt(1)).run();
  for (const scale of FIT_SCALES) {
    const pages = new Layout(doc, fonts, frameAt(scale)).run();
    if (pages.length === 1) return scale === 1 ? pages : pages.map((ops) => scaled(ops, scale));
  }
  return new Layout(doc, fonts, frameAt(1)).run();
}

/** A page laid out on a larger frame, drawn onto A4: every length multiplied by `scale`. */
function scaled(ops: PageOps, scale: number): PageOps {
  const k = (value: number) => value * scale;
  return ops.map((op): DrawOp => {
    if (op.kind === 'text') return { ...op, size: k(op.size), x: k(op.x), y: k(op.y) };
    const lineWidth = k(op.lineWidth);
    if (op.kind === 'line') {
      return { ...op, x1: k(op.x1), y1: k(op.y1), x2: k(op.x2), y2: k(op.y2), lineWidth };
    }
    return { ...op, x: k(op.x), y: k(op.y), width: k(op.width), height: k(op.height), lineWidth };
  });
}

class Layout {
  private readonly pages: DrawOp[][] = [];
  private ops: DrawOp[] = [];
  /** Top of the free space on the current page. */
  private y: number;
  /** Nothing drawn yet on the current page. */
  private fresh = true;
  private readonly bottom: number;
  private readonly footerLeft: readonly Line[];
  private readonly pageNumbers: string;

  constructor(
    private readonly doc: Doc,
    private readonly fonts: FontSet,
    private readonly frame: Frame,
  ) {
    this.y = frame.top;
    // The footer's height depends on its text: measure it first, with 4-digit page numbers
    // (Noto Sans digits all have the same width), to know where the body must stop.
    this.pageNumbers = this.prepare(doc.pageNumbers);
    const numberSample = this.pageNumbers
      .replaceAll('{page}', '9999')
      .replaceAll('{pages}', '9999');
    const numberLines = this.wrapClamped(numberSample, this.frame.width / 2);
    const numberWidth = Math.max(0, ...numberLines.map((line) => line.width));
    const leftWidth = this.frame.width - (numberWidth > 0 ? numberWidth + FOOTER.gap : 0);
    this.footerLeft = this.wrapClamped(this.prepare(doc.footer), leftWidth);
    const footerLines = Math.max(1, this.footerLeft.length, numberLines.length);
    const footerTop = FOOTER.baseline + (footerLines - 1) * FOOTER_TEXT.leading + FOOTER.size;
    this.bottom = Math.max(PAGE.margin, footerTop + FOOTER.clearance);
    this.pages.push(this.ops);
  }

  run(): PageOps[] {
    const { doc } = this;
    const title = this.wrapText([{ text: this.prepare(doc.title), style: 'bold' }], TITLE_TEXT);
    if (title.length > 0) {
      this.flowLines(title, TITLE_TEXT, (line, y) => {
        this.drawLine(line, this.frame.left, y, TITLE_TEXT);
      });
      this.space(TITLE.after);
    }
    this.blocks(doc.opening);
    for (const section of doc.sections) this.section(section);
    this.blocks(doc.closing);
    this.footers();
    return this.pages;
  }

  // Text helpers ----------------------------------------------------------------------------

  private prepare(text: string): string {
    return prepareText(text, this.fonts.covers);
  }

  private pieces(parts: readonly Inline[]): Piece[] {
    return parts.map((part) =>
      typeof part === 'string'
        ? { text: this.prepare(part), style: 'regular' }
        : { text: this.prepare(part.text), style: part.strong ? 'bold' : 'regular' },
    );
  }

  private wrapText(pieces: readonly Piece[], text: TextStyle, width = this.frame.width): Line[] {
    return wrap(pieces, width, text.size, this.fonts);
  }

  private wrapClamped(text: string, width: number): Line[] {
    const lines = wrap([{ text, style: 'regular' }], width, FOOTER.size, this.fonts);
    return clampLines(lines, FOOTER.maxLines, width, FOOTER.size, this.fonts);
  }

  /** Baseline of a line whose box starts at `top`: glyphs centred vertically in the box. */
  private baseline(top: number, text: TextStyle): number {
    const { ascent, descent } = this.fonts;
    return top - text.leading / 2 - (text.size * (ascent - descent)) / 2;
  }

  private drawLine(line: Line, x: number, baseline: number, text: TextStyle, color = COLORS.text) {
    let at = x;
    for (const piece of line.pieces) {
      for (const run of this.fonts.runs(piece.text, piece.style)) {
        this.ops.push({
          kind: 'text',
          face: run.face,
          size: text.size,
          x: at,
          y: baseline,
          text: run.text,
          color,
        });
        at += this.fonts.width(run.text, piece.style, text.size);
      }
    }
  }

  // Pagination ------------------------------------------------------------------------------

  private get room(): number {
    return this.y - this.bottom;
  }

  private get pageRoom(): number {
    return this.frame.top - this.bottom;
  }

  private newPage(): void {
    this.ops = [];
    this.pages.push(this.ops);
    this.y = this.frame.top;
    this.fresh = true;
  }

  /** Vertical space, dropped at the top of a page; never starts a page of its own. */
  private space(height: number): void {
    if (this.fresh) return;
    this.y = Math.max(this.bottom, this.y - height);
  }

  /**
   * Lines one after the other, breaking pages between them. No first line left alone at the foot
   * of a page, no last line alone at the top of the next when it can be helped; `keepTogether`
   * moves the whole run to a new page when it fits there but not here.
   */
  private flowLines(
    lines: readonly Line[],
    text: TextStyle,
    draw: (line: Line, baseline: number, index: number) => void,
    keepTogether = false,
  ): void {
    const total = lines.length * text.leading;
    if (keepTogether && !this.fresh && total > this.room + EPSILON && total <= this.pageRoom) {
      this.newPage();
    }
    let index = 0;
    while (index < lines.length) {
      let fit = Math.floor((this.room + EPSILON) / text.leading);
      if (this.fresh) fit = Math.max(fit, 1); // a page always takes at least one line
      const left = lines.length - index;
      if (fit < left) {
        if (!this.fresh && (fit === 0 || (index === 0 && fit === 1))) {
          this.newPage();
          continue;
        }
        if (left - fit === 1 && fit >= 3) fit -= 1;
      }
      const take = Math.min(fit, left);
      for (let k = 0; k < take; k++) {
        const line = lines[index + k];
        if (line) draw(line, this.baseline(this.y, text), index + k);
        this.y -= text.leading;
      }
      this.fresh = false;
      index += take;
      if (index < lines.length) this.newPage();
    }
  }

  // Blocks ----------------------------------------------------------------------------------

  private blocks(blocks: readonly Block[]): void {
    for (const block of blocks) this.flowBlock(this.measure(block));
  }

  private section(section: Section): void {
    const title = this.wrapText(
      [{ text: this.prepare(section.title), style: 'bold' }],
      HEADING_TEXT,
    );
    const measured = section.blocks.map((block) => this.measure(block));
    if (title.length > 0) {
      this.space(HEADING.before);
      // Keep the title with the start of its first block.
      const first = measured[0];
      const need =
        title.length * HEADING_TEXT.leading + HEADING.after + (first ? this.startHeight(first) : 0);
      if (!this.fresh && need > this.room + EPSILON && need <= this.pageRoom) this.newPage();
      this.flowLines(title, HEADING_TEXT, (line, y) => {
        this.drawLine(line, this.frame.left, y, HEADING_TEXT);
      });
      this.y -= Math.min(HEADING.after, this.room);
    }
    for (const block of measured) this.flowBlock(block);
  }

  private measure(block: Block): Measured {
    switch (block.kind) {
      case 'paragraph':
        return {
          kind: 'lines',
          lines: this.wrapText(this.pieces(block.parts), BODY_TEXT),
          align: block.align ?? 'start',
          keepTogether: false,
        };
      case 'lines':
        return {
          kind: 'lines',
          lines: block.lines.flatMap((line) =>
            // An empty string is an empty line (a gap in an address block), not nothing.
            line === ''
              ? [{ pieces: [], width: 0 }]
              : this.wrapText([{ text: this.prepare(line), style: 'regular' }], BODY_TEXT),
          ),
          align: block.align ?? 'start',
          keepTogether: true,
        };
      case 'list':
        return this.measureList(block.ordered, block.items);
      case 'table':
        return this.measureTable(block.caption, block.columns, block.widths, block.rows);
    }
  }

  /** Height of the smallest start of a block a heading must be kept with. */
  private startHeight(block: Measured): number {
    const lead = BODY_TEXT.leading;
    switch (block.kind) {
      case 'lines': {
        const total = block.lines.length * lead;
        if (block.keepTogether && total <= this.pageRoom) return total;
        return Math.min(block.lines.length, block.lines.length <= 3 ? 3 : 2) * lead;
      }
      case 'list': {
        const first = block.items[0]?.lines.length ?? 0;
        return Math.min(first, 2) * lead;
      }
      case 'table':
        return this.tableStartHeight(block);
    }
  }

  private flowBlock(block: Measured): void {
    switch (block.kind) {
      case 'lines':
        if (block.lines.length === 0) return;
        this.flowLines(
          block.lines,
          BODY_TEXT,
          (line, y) => {
            this.drawLine(
              line,
              block.align === 'end' ? this.frame.right - line.width : this.frame.left,
              y,
              BODY_TEXT,
            );
          },
          block.keepTogether,
        );
        this.space(BODY.after);
        return;
      case 'list':
        this.flowList(block);
        return;
      case 'table':
        this.flowTable(block);
        return;
    }
  }

  // Lists -----------------------------------------------------------------------------------

  private measureList(ordered: boolean, items: readonly (readonly Inline[])[]): Measured {
    const labels = items.map((_, i) => (ordered ? `${i + 1}.` : LIST.bullet));
    const labelWidth = Math.max(
      0,
      ...labels.map((label) => this.fonts.width(label, 'regular', BODY.size)),
    );
    const textX = this.frame.left + LIST.labelIndent + labelWidth + LIST.labelGap;
    const width = this.frame.right - textX;
    return {
      kind: 'list',
      textX,
      items: items.map((item, i) => ({
        label: labels[i] ?? LIST.bullet,
        lines: this.wrapText(this.pieces(item), BODY_TEXT, width),
      })),
    };
  }

  private flowList(block: Extract<Measured, { kind: 'list' }>): void {
    block.items.forEach((item, i) => {
      if (i > 0) this.space(LIST.between);
      // An empty item still shows its bullet or number.
      const lines = item.lines.length > 0 ? item.lines : [{ pieces: [], width: 0 }];
      this.flowLines(lines, BODY_TEXT, (line, y, index) => {
        if (index === 0) {
          const labelWidth = this.fonts.width(item.label, 'regular', BODY.size);
          const label = {
            pieces: [{ text: item.label, style: 'regular' as const }],
            width: labelWidth,
          };
          this.drawLine(label, block.textX - LIST.labelGap - labelWidth, y, BODY_TEXT);
        }
        this.drawLine(line, block.textX, y, BODY_TEXT);
      });
    });
    if (block.items.length > 0) this.space(BODY.after);
  }

  // Tables ----------------------------------------------------------------------------------

  private measureTable(
    caption: string,
    columns: readonly string[],
    widths: readonly number[],
    rows: readonly (readonly string[])[],
  ): Measured {
    // Never lose a cell: as many columns as the widest row; equal widths if `widths` is unusable.
    const count = Math.max(columns.length, ...rows.map((row) => row.length));
    const usable =
      widths.length === count && widths.every((w) => Number.isFinite(w) && w > 0) && count > 0;
    const relative = usable ? widths : Array.from({ length: count }, () => 1);
    const sum = relative.reduce((a, b) => a + b, 0);
    const columnWidths = relative.map((w) => (w / sum) * this.frame.width);
    const columnX: number[] = [];
    let x = this.frame.left;
    for (const w of columnWidths) {
      columnX.push(x);
      x += w;
    }
    const cell = (text: string, header: boolean, column: number): Line[] => {
      const prepared = this.prepare(text);
      const style: Style = header ? 'bold' : isSha256Hex(prepared.trim()) ? 'mono' : 'regular';
      const inner = Math.max(1, (columnWidths[column] ?? 0) - 2 * TABLE.padX);
      return wrap([{ text: prepared, style }], inner, TABLE.size, this.fonts);
    };
    const row = (cells: readonly string[], header: boolean) =>
      Array.from({ length: count }, (_, column) => cell(cells[column] ?? '', header, column));
    return {
      kind: 'table',
      caption: this.wrapText([{ text: this.prepare(caption), style: 'bold' }], CAPTION_TEXT),
      columnX,
      columnWidths,
      header: columns.length > 0 ? row(columns, true) : [],
      rows: rows.map((cells) => row(cells, false)),
    };
  }

  /** Lines of the tallest cell (at least one, so an empty row still shows). */
  private static rowLines(row: readonly (readonly Line[])[]): number {
    return Math.max(1, ...row.map((cell) => cell.length));
  }

  private static rowHeight(lines: number): number {
    return lines * TABLE_TEXT.leading + 2 * TABLE.padY;
  }

  private tableStartHeight(block: Extract<Measured, { kind: 'table' }>): number {
    const caption = block.caption.length * CAPTION_TEXT.leading + TABLE.captionAfter;
    const header = block.header.length > 0 ? Layout.rowHeight(Layout.rowLines(block.header)) : 0;
    const first = block.rows[0];
    const firstRow = first ? Layout.rowHeight(Math.min(2, Layout.rowLines(first))) : 0;
    return Math.min(caption + header + firstRow, this.pageRoom);
  }

  private flowTable(block: Extract<Measured, { kind: 'table' }>): void {
    if (block.columnWidths.length === 0 && block.caption.length === 0) return;
    const start = this.tableStartHeight(block);
    if (!this.fresh && start > this.room + EPSILON) this.newPage();
    if (block.caption.length > 0) {
      this.flowLines(block.caption, CAPTION_TEXT, (line, y) => {
        this.drawLine(line, this.frame.left, y, CAPTION_TEXT);
      });
      this.y -= Math.min(TABLE.captionAfter, this.room);
    }
    if (block.columnWidths.length === 0) return;

    const headerHeight =
      block.header.length > 0 ? Layout.rowHeight(Layout.rowLines(block.header)) : 0;
    // Repeat the header on each page, unless it is so tall that it would crowd the rows out.
    const repeat = headerHeight > 0 && headerHeight <= this.pageRoom / 3;
    /** Rows (or parts of rows) drawn on this page, header excluded. */
    let rowsHere = 0;
    const nextPage = () => {
      this.newPage();
      rowsHere = 0;
      if (repeat) this.tableRow(block, block.header, true, () => rowsHere);
    };
    if (block.header.length > 0) this.tableRow(block, block.header, true, () => rowsHere, nextPage);
    for (const row of block.rows) {
      this.tableRow(block, row, false, () => rowsHere, nextPage);
      rowsHere++;
    }
    this.space(TABLE.after);
  }

  /**
   * One row; moved whole to the next page when it fits there, split between its lines when it is
   * taller than a page.
   */
  private tableRow(
    block: Extract<Measured, { kind: 'table' }>,
    row: readonly (readonly Line[])[],
    header: boolean,
    rowsHere: () => number,
    nextPage?: () => void,
  ): void {
    const total = Layout.rowLines(row);
    const fullRoom = () => this.pageRoom;
    let from = 0;
    while (from < total) {
      const left = total - from;
      const height = Layout.rowHeight(left);
      if (height <= this.room + EPSILON || !nextPage) {
        this.drawRowSlice(block, row, header, from, total);
        return;
      }
      // Not enough room here. A new page helps if the rest fits on one (after a repeated header).
      const pageStart = this.fresh || rowsHere() === 0;
      if (!pageStart && height <= fullRoom()) {
        nextPage();
        continue;
      }
      const fit = Math.floor((this.room - 2 * TABLE.padY + EPSILON) / TABLE_TEXT.leading);
      if (fit < 1 || (fit < 2 && !pageStart)) {
        nextPage();
        continue;
      }
      this.drawRowSlice(block, row, header, from, from + fit);
      from += fit;
      nextPage();
    }
  }

  private drawRowSlice(
    block: Extract<Measured, { kind: 'table' }>,
    row: readonly (readonly Line[])[],
    header: boolean,
    from: number,
    to: number,
  ): void {
    const height = Layout.rowHeight(to - from);
    const top = this.y;
    const bottom = top - height;
    const width = block.columnWidths.reduce((a, b) => a + b, 0);
    this.ops.push({
      kind: 'rect',
      x: this.frame.left,
      y: bottom,
      width,
      height,
      fill: header ? COLORS.tableHeader : undefined,
      stroke: COLORS.tableBorder,
      lineWidth: TABLE.border,
    });
    block.columnX.forEach((x, column) => {
      if (column > 0) {
        this.ops.push({
          kind: 'line',
          x1: x,
          y1: bottom,
          x2: x,
          y2: top,
          lineWidth: TABLE.border,
          color: COLORS.tableBorder,
        });
      }
      const lines = row[column] ?? [];
      for (let i = from; i < Math.min(to, lines.length); i++) {
        const line = lines[i];
        if (!line) continue;
        const lineTop = top - TABLE.padY - (i - from) * TABLE_TEXT.leading;
        this.drawLine(line, x + TABLE.padX, this.baseline(lineTop, TABLE_TEXT), TABLE_TEXT);
      }
    });
    this.y = bottom;
    this.fresh = false;
  }

  // Footers ---------------------------------------------------------------------------------

  private footers(): void {
    const count = this.pages.length;
    const fontSize = FOOTER.size;
    this.pages.forEach((ops, index) => {
      this.ops = ops;
      const linesDown = (lines: readonly Line[]) =>
        // The last line sits on FOOTER.baseline; the others above it.
        lines.map((line, i) => ({
          line,
          y: FOOTER.baseline + (lines.length - 1 - i) * FOOTER_TEXT.leading,
        }));
      for (const { line, y } of linesDown(this.footerLeft)) {
        this.drawLine(line, this.frame.left, y, FOOTER_TEXT, COLORS.footer);
      }
      const numbers = this.pageNumbers
        .replaceAll('{page}', String(index + 1))
        .replaceAll('{pages}', String(count));
      const numberLines = clampLines(
        wrap([{ text: numbers, style: 'regular' }], this.frame.width / 2, fontSize, this.fonts),
        FOOTER.maxLines,
        this.frame.width / 2,
        fontSize,
        this.fonts,
      );
      for (const { line, y } of linesDown(numberLines)) {
        this.drawLine(line, this.frame.right - line.width, y, FOOTER_TEXT, COLORS.footer);
      }
    });
  }
}
