/**
 * The five fonts of a Balise PDF, parsed (truetype.ts) for measuring and for choosing, character
 * by character, the font that has the glyph.
 */
import type { Covers } from './characters.ts';
import { hex4, parseTrueType, type TrueTypeFont } from './truetype.ts';

/** The bytes of the TrueType fonts the renderer embeds (see ./fonts and load-fonts.ts). */
export interface PdfFonts {
  /** Noto Sans Regular, latin subset. */
  regular: Uint8Array;
  /** Noto Sans Bold, latin subset. */
  bold: Uint8Array;
  /**
   * Noto Sans Regular, latin-ext subset (ł, ş, ř… that the latin subset lacks). Fetched only for
   * a text that needs it (see needsLatinExt): without it, such characters are drawn as "�".
   */
  regularExt?: Uint8Array;
  /** Noto Sans Bold, latin-ext subset (fetched with regularExt). */
  boldExt?: Uint8Array;
  /** Noto Sans Mono Regular, latin subset (SHA-256 digests in tables). */
  mono: Uint8Array;
}

export type Face = keyof PdfFonts;
export type Style = 'regular' | 'bold' | 'mono';

/** Faces in a fixed order, so that embedding (and thus the output bytes) is deterministic. */
export const FACES: readonly Face[] = ['regular', 'bold', 'regularExt', 'boldExt', 'mono'];

/** Fallback chain of each style: the first face that has the glyph draws it. */
const CHAINS: Readonly<Record<Style, readonly Face[]>> = {
  regular: ['regular', 'regularExt'],
  bold: ['bold', 'boldExt'],
  mono: ['mono', 'regular', 'regularExt'],
};

/**
 * OpenType features turned off when pdf-lib and fontkit lay text out (tests compare our glyphs and
 * widths with theirs). With ligatures on, "fi" and "ffi" are drawn as one glyph whose ToUnicode
 * entry pdf.js reads back as "ì"/"î", so copied text is wrong; with all of them off, one character
 * is one glyph. The renderer itself never shapes: one character, one glyph, from the cmap.
 */
export const FEATURES_OFF: Readonly<Record<string, boolean>> = Object.fromEntries(
  [
    'ccmp',
    'locl',
    'rlig',
    'mark',
    'mkmk',
    'calt',
    'clig',
    'liga',
    'dlig',
    'rclt',
    'curs',
    'kern',
    'frac',
    'numr',
    'dnom',
    'rvrn',
    'ltra',
    'ltrm',
  ].map((tag) => [tag, false]),
);

/** A piece of text drawn with one face. */
export interface FaceRun {
  readonly face: Face;
  readonly text: string;
}

/** One value per face. */
function perFace<T>(make: (face: Face) => T): Record<Face, T> {
  return Object.fromEntries(FACES.map((face) => [face, make(face)])) as Record<Face, T>;
}

export class FontSet {
  private readonly fonts: Readonly<Record<Face, TrueTypeFont | undefined>>;
  private readonly characters: Readonly<Record<Face, ReadonlySet<number>>>;
  /** Advance widths in thousandths of an em, per face and code point. */
  private readonly advances: Readonly<Record<Face, Map<number, number>>>;
  /** Glyph ids as 4 hex digits (Identity-H encoding), per face and code point. */
  private readonly glyphHex: Readonly<Record<Face, Map<number, string>>>;
  /** Height above the baseline and depth below it, in ems (regular face). */
  readonly ascent: number;
  readonly descent: number;

  constructor(bytes: PdfFonts) {
    this.fonts = perFace((face) => {
      const font = bytes[face];
      return font && parseTrueType(font);
    });
    this.characters = perFace((face) => new Set(this.fonts[face]?.characterSet));
    this.advances = perFace(() => new Map());
    this.glyphHex = perFace(() => new Map());
    const { ascent, descent, unitsPerEm } = this.font('regular');
    this.ascent = ascent / unitsPerEm;
    this.descent = Math.abs(descent) / unitsPerEm;
  }

  /** A face's parsed font; only faces given to the constructor are ever drawn. */
  font(face: Face): TrueTypeFont {
    const font = this.fonts[face];
    if (!font) throw new Error(`font ${face} was not loaded`);
    return font;
  }

  /** Whether some face of the chain of `style` has a glyph for the code point. */
  has(codePoint: number, style: Style): boolean {
    return CHAINS[style].some((face) => this.characters[face].has(codePoint));
  }

  /** What the PDF can draw: code points both the regular and the bold chains have. */
  readonly covers: Covers = (codePoint) =>
    this.has(codePoint, 'regular') && this.has(codePoint, 'bold');

  /** The face that draws a code point in a style (the style's main face if none has it). */
  faceOf(codePoint: number, style: Style): Face {
    const chain = CHAINS[style];
    return chain.find((face) => this.characters[face].has(codePoint)) ?? chain[0] ?? 'regular';
  }

  /** Advance width of one code point in a face, in thousandths of an em. */
  advance(face: Face, codePoint: number): number {
    const cache = this.advances[face];
    let width = cache.get(codePoint);
    if (width === undefined) {
      const font = this.font(face);
      width = (font.advanceWidth(font.glyphId(codePoint)) * 1000) / font.unitsPerEm;
      cache.set(codePoint, width);
    }
    return width;
  }

  /**
   * Text as a string of glyph ids in hex, as pdf-lib's `PDFFont.encodeText` gives it with
   * FEATURES_OFF (one glyph per character, from the cmap), but without laying text out each time.
   */
  encode(face: Face, text: string): string {
    const cache = this.glyphHex[face];
    let hex = '';
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      let glyph = cache.get(codePoint);
      if (glyph === undefined) {
        glyph = hex4(this.font(face).glyphId(codePoint));
        cache.set(codePoint, glyph);
      }
      hex += glyph;
    }
    return hex;
  }

  /** Width of prepared text (see prepareText) in a style at a size, in points. */
  width(text: string, style: Style, size: number): number {
    let total = 0;
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      total += this.advance(this.faceOf(codePoint, style), codePoint);
    }
    return (total * size) / 1000;
  }

  /** Splits prepared text into runs drawn with one face each. */
  runs(text: string, style: Style): FaceRun[] {
    const runs: FaceRun[] = [];
    let face: Face | undefined;
    let current = '';
    for (const char of text) {
      const next = this.faceOf(char.codePointAt(0) ?? 0, style);
      if (next !== face && current !== '') {
        runs.push({ face: face ?? next, text: current });
        current = '';
      }
      face = next;
      current += char;
    }
    if (current !== '' && face) runs.push({ face, text: current });
    return runs;
  }
}
