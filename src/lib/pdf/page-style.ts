/**
 * The look of a Balise PDF: an A4 French formal letter. All lengths in PDF points (1/72 inch).
 */

export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** A grey from 0x00 to 0xff, as a fraction rounded to 3 decimals (short in the PDF). */
const grey = (level: number): Rgb => {
  const value = Math.round((level / 255) * 1000) / 1000;
  return { r: value, g: value, b: value };
};

/** A4 portrait with 2 cm margins. */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  /** ≈ 2 cm on every side; the footer sits inside the bottom margin. */
  margin: 57,
} as const;

export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

export const COLORS = {
  text: grey(0x11),
  /** #555 on white: contrast 7.5:1 (WCAG AA asks 4.5:1). */
  footer: grey(0x55),
  tableHeader: grey(0xe8),
  tableBorder: grey(0x80),
} as const;

/** Body text: paragraphs, lines, lists. `leading` is the line height as a multiple of the size. */
export const BODY = { size: 11, leading: 1.35, after: 7 } as const;
export const TITLE = { size: 16, leading: 1.25, after: 12 } as const;
export const HEADING = { size: 12.5, leading: 1.3, before: 14, after: 5 } as const;
export const LIST = {
  /** From the margin to the bullet or number. */
  labelIndent: 6,
  /** From the widest label to the item's text. */
  labelGap: 6,
  between: 3,
  bullet: '•',
} as const;
export const TABLE = {
  size: 9.5,
  leading: 1.3,
  padX: 4,
  padY: 3,
  border: 0.5,
  captionSize: 10.5,
  captionAfter: 4,
  after: 10,
} as const;

/** Footer: one line (up to `maxLines` if long) whose last baseline is `baseline` above the edge. */
export const FOOTER = {
  size: 8.5,
  leading: 1.3,
  baseline: 30,
  maxLines: 3,
  /** Between the footer text and the page number. */
  gap: 12,
  /** At least this much between the body and the footer's top line. */
  clearance: 12,
} as const;
