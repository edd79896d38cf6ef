/**
 * The little the PDF renderer needs from a TrueType font: which glyph draws each character, how
 * wide it is, and the metrics a PDF font descriptor states. Read straight from the tables (OpenType
 * 1.9: head, hhea, hmtx, maxp, cmap formats 4 and 12, OS/2, post).
 *
 * Why not fontkit: it is 327 kB of gzip in the PDF code (shaping engines, WOFF2, CFF…) for fonts
 * that scripts/fonts.mjs has already subset to plain TrueType, drawn with every OpenType feature
 * off. The tests check this reader against fontkit, glyph by glyph.
 */

export interface BoundingBox {
  readonly minX: number;
  readonly minY: number;
  readonly maxX: number;
  readonly maxY: number;
}

export interface TrueTypeFont {
  /** The font file itself, embedded whole in the PDF. */
  readonly bytes: Uint8Array;
  readonly unitsPerEm: number;
  /** hhea ascender and descender (negative), in font units. */
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly xHeight: number;
  /** Degrees, counter-clockwise from the vertical (post table). */
  readonly italicAngle: number;
  readonly isFixedPitch: boolean;
  readonly isItalic: boolean;
  /** IBM font class of the OS/2 table (serif, script…), for the PDF's font flags. */
  readonly familyClass: number;
  readonly bbox: BoundingBox;
  /** Every code point the cmap maps to a glyph, ascending. */
  readonly characterSet: readonly number[];
  /** Glyph id of a code point; 0 (.notdef) when the font has none. */
  glyphId(codePoint: number): number;
  /** Advance width of a glyph, in font units. */
  advanceWidth(glyphId: number): number;
}

/** A font the reader cannot use; says which table is wrong. */
export class FontFormatError extends Error {
  constructor(message: string) {
    super(`Unreadable TrueType font: ${message}`);
    this.name = 'FontFormatError';
  }
}

type Tables = ReadonlyMap<string, { readonly offset: number; readonly length: number }>;

function tableDirectory(view: DataView): Tables {
  const version = view.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565 /* 'true' */) {
    throw new FontFormatError('not a TrueType (glyf) font');
  }
  const tables = new Map<string, { offset: number; length: number }>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i += 1) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(
      view.getUint8(at),
      view.getUint8(at + 1),
      view.getUint8(at + 2),
      view.getUint8(at + 3),
    );
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    if (offset + length > view.byteLength)
      throw new FontFormatError(`table ${tag} runs past the end`);
    tables.set(tag, { offset, length });
  }
  return tables;
}

/** Code point → glyph id, from the best Unicode subtable: format 12 (all planes), else 4 (BMP). */
function readCmap(view: DataView, at: number): Map<number, number> {
  const count = view.getUint16(at + 2);
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < count; i += 1) {
    const record = at + 4 + i * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const offset = at + view.getUint32(record + 4);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    const format = view.getUint16(offset);
    if (format === 12) format12 = offset;
    else if (format === 4) format4 = offset;
  }
  const map = new Map<number, number>();
  if (format12 >= 0) {
    const groups = view.getUint32(format12 + 12);
    for (let i = 0; i < groups; i += 1) {
      const group = format12 + 16 + i * 12;
      const start = view.getUint32(group);
      const end = view.getUint32(group + 4);
      const glyph = view.getUint32(group + 8);
      for (let cp = start; cp <= end; cp += 1) map.set(cp, glyph + cp - start);
    }
    return map;
  }
  if (format4 < 0) throw new FontFormatError('no Unicode cmap (format 4 or 12)');
  const segments = view.getUint16(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s += 1) {
    const start = view.getUint16(starts + s * 2);
    const end = view.getUint16(ends + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = view.getUint16(rangeOffsetAt);
    for (let cp = start; cp <= end && cp !== 0xffff; cp += 1) {
      let glyph: number;
      if (rangeOffset === 0) {
        glyph = (cp + delta) & 0xffff;
      } else {
        const raw = view.getUint16(rangeOffsetAt + rangeOffset + (cp - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(cp, glyph);
    }
  }
  return map;
}

/** Reads a TrueType font. @throws FontFormatError when a table the PDF needs is missing. */
export function parseTrueType(bytes: Uint8Array): TrueTypeFont {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = tableDirectory(view);
  const table = (tag: string): number => {
    const found = tables.get(tag);
    if (!found) throw new FontFormatError(`no ${tag} table`);
    return found.offset;
  };
  const head = table('head');
  const hhea = table('hhea');
  const hmtx = table('hmtx');
  const maxp = table('maxp');
  const post = table('post');
  const os2 = tables.get('OS/2')?.offset;

  const numGlyphs = view.getUint16(maxp + 4);
  const numberOfHMetrics = view.getUint16(hhea + 34);
  if (numberOfHMetrics === 0 || numberOfHMetrics > numGlyphs) {
    throw new FontFormatError('bad hhea.numberOfHMetrics');
  }
  const cmap = readCmap(view, table('cmap'));
  // Only glyphs the font has (a damaged cmap may point past them).
  for (const [cp, glyph] of cmap) if (glyph >= numGlyphs) cmap.delete(cp);
  const os2Version = os2 === undefined ? -1 : view.getUint16(os2);

  return {
    bytes,
    unitsPerEm: view.getUint16(head + 18),
    bbox: {
      minX: view.getInt16(head + 36),
      minY: view.getInt16(head + 38),
      maxX: view.getInt16(head + 40),
      maxY: view.getInt16(head + 42),
    },
    isItalic: (view.getUint16(head + 44) & 0b10) !== 0,
    ascent: view.getInt16(hhea + 4),
    descent: view.getInt16(hhea + 6),
    italicAngle: view.getInt32(post + 4) / 65_536,
    isFixedPitch: view.getUint32(post + 12) !== 0,
    familyClass: os2 === undefined ? 0 : view.getInt16(os2 + 30),
    // sxHeight and sCapHeight came with OS/2 version 2.
    xHeight: os2 !== undefined && os2Version >= 2 ? view.getInt16(os2 + 86) : 0,
    capHeight: os2 !== undefined && os2Version >= 2 ? view.getInt16(os2 + 88) : 0,
    characterSet: [...cmap.keys()].sort((a, b) => a - b),
    glyphId: (codePoint) => cmap.get(codePoint) ?? 0,
    advanceWidth: (glyphId) => view.getUint16(hmtx + Math.min(glyphId, numberOfHMetrics - 1) * 4),
  };
}

/** A glyph id or a UTF-16 unit as 4 uppercase hex digits, as PDF strings of 2-byte codes want. */
export const hex4 = (value: number): string => value.toString(16).toUpperCase().padStart(4, '0');
