/**
 * Embeds a TrueType font whole in a PDF as a composite font (ISO 32000-1, 9.7: Type0 with
 * Identity-H encoding over a CIDFontType2, CID = glyph id), with the widths of its glyphs and a
 * ToUnicode map so that copied and searched text is the text written. The same objects pdf-lib
 * writes for `embedFont(bytes)` without subsetting, built from truetype.ts instead of fontkit.
 */
import { PDFName, PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';
import { hex4, type TrueTypeFont } from './truetype.ts';

/** A code point as UTF-16BE hex, as a ToUnicode map writes it (a surrogate pair above U+FFFF). */
function utf16Hex(codePoint: number): string {
  if (codePoint <= 0xffff) return hex4(codePoint);
  const offset = codePoint - 0x10000;
  return hex4(0xd800 + (offset >> 10)) + hex4(0xdc00 + (offset & 0x3ff));
}

/** Glyph id → the character it draws (the lowest code point when several share one glyph). */
function glyphCharacters(font: TrueTypeFont): Map<number, number> {
  const byGlyph = new Map<number, number>();
  for (const codePoint of font.characterSet) {
    const glyph = font.glyphId(codePoint);
    if (!byGlyph.has(glyph)) byGlyph.set(glyph, codePoint);
  }
  return new Map([...byGlyph].sort(([a], [b]) => a - b));
}

/** The ToUnicode CMap (Adobe technical note 5411), in blocks of at most 100 entries. */
export function toUnicodeCMap(glyphs: ReadonlyMap<number, number>): string {
  const entries = [...glyphs].map(([glyph, cp]) => `<${hex4(glyph)}> <${utf16Hex(cp)}>`);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** The W array: runs of consecutive glyph ids, each with its widths (thousandths of an em). */
function widths(font: TrueTypeFont, glyphs: readonly number[]): (number | number[])[] {
  const scale = 1000 / font.unitsPerEm;
  const out: (number | number[])[] = [];
  let run: number[] = [];
  glyphs.forEach((glyph, i) => {
    if (i === 0 || glyph !== (glyphs[i - 1] ?? 0) + 1) {
      if (run.length > 0) out.push(run);
      out.push(glyph);
      run = [];
    }
    run.push(Math.round(font.advanceWidth(glyph) * scale * 1000) / 1000);
  });
  if (run.length > 0) out.push(run);
  return out;
}

/**
 * PDF font flags (ISO 32000-1, 9.8.2): fixed pitch, serif, script, italic; always "symbolic"
 * (its glyphs are reached by glyph id, not by a standard encoding), as pdf-lib sets them.
 */
function flags(font: TrueTypeFont): number {
  let value = 1 << 2; // symbolic
  if (font.isFixedPitch) value |= 1 << 0;
  if (font.familyClass >> 8 >= 1 && font.familyClass >> 8 <= 7) value |= 1 << 1; // serif
  if (font.familyClass >> 8 === 10) value |= 1 << 3; // script
  if (font.isItalic) value |= 1 << 6;
  return value;
}

/** Embeds `font` under the PostScript name `name`; returns the reference of its Type0 dict. */
export function embedTrueType(pdf: PDFDocument, font: TrueTypeFont, name: string): PDFRef {
  const { context } = pdf;
  const scale = 1000 / font.unitsPerEm;
  const glyphs = glyphCharacters(font);
  const fontFile = context.register(context.flateStream(font.bytes));
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: name,
      Flags: flags(font),
      FontBBox: [
        font.bbox.minX * scale,
        font.bbox.minY * scale,
        font.bbox.maxX * scale,
        font.bbox.maxY * scale,
      ],
      ItalicAngle: font.italicAngle,
      Ascent: font.ascent * scale,
      Descent: font.descent * scale,
      CapHeight: (font.capHeight || font.ascent) * scale,
      XHeight: font.xHeight * scale,
      // No reliable way to compute it from a TrueType font; viewers do not need it.
      StemV: 0,
      FontFile2: fontFile,
    }),
  );
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      CIDToGIDMap: 'Identity',
      BaseFont: name,
      CIDSystemInfo: {
        Registry: PDFString.of('Adobe'),
        Ordering: PDFString.of('Identity'),
        Supplement: 0,
      },
      FontDescriptor: descriptor,
      W: widths(font, [...glyphs.keys()]),
    }),
  );
  const toUnicode = context.register(context.flateStream(toUnicodeCMap(glyphs)));
  return context.register(
    context.obj({
      Type: PDFName.of('Font'),
      Subtype: 'Type0',
      BaseFont: name,
      Encoding: 'Identity-H',
      DescendantFonts: [cidFont],
      ToUnicode: toUnicode,
    }),
  );
}
