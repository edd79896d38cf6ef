// @vitest-environment node
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { FACES } from '../../../src/lib/pdf/font-set.ts';
import { FontFormatError, parseTrueType } from '../../../src/lib/pdf/truetype.ts';
import { readPdfFonts } from './test-fonts.ts';

const fonts = readPdfFonts();

describe('reading the embedded fonts without fontkit', () => {
  it.each(FACES)('%s: the same characters, glyphs, widths and metrics as fontkit', (face) => {
    const ours = parseTrueType(fonts[face]);
    const theirs = fontkit.create(fonts[face]);
    // fontkit also lists U+FFFF, the end marker of a format 4 cmap, mapped to no glyph.
    const drawn = theirs.characterSet.filter((cp) => theirs.glyphForCodePoint(cp).id !== 0);
    expect(ours.characterSet).toEqual(drawn.sort((a, b) => a - b));
    // Every code point of the planes the fonts touch, drawn or not (.notdef is glyph 0).
    for (let codePoint = 0; codePoint <= 0xffff; codePoint += 1) {
      const glyph = theirs.glyphForCodePoint(codePoint);
      if (ours.glyphId(codePoint) !== glyph.id) {
        expect(ours.glyphId(codePoint), `U+${codePoint.toString(16)}`).toBe(glyph.id);
      }
      if (ours.advanceWidth(glyph.id) !== glyph.advanceWidth) {
        expect(ours.advanceWidth(glyph.id), `U+${codePoint.toString(16)}`).toBe(glyph.advanceWidth);
      }
    }
    expect({
      unitsPerEm: ours.unitsPerEm,
      ascent: ours.ascent,
      descent: ours.descent,
      capHeight: ours.capHeight,
      xHeight: ours.xHeight,
      italicAngle: ours.italicAngle,
      bbox: ours.bbox,
    }).toEqual({
      unitsPerEm: theirs.unitsPerEm,
      ascent: theirs.ascent,
      descent: theirs.descent,
      capHeight: theirs.capHeight,
      xHeight: theirs.xHeight,
      italicAngle: theirs.italicAngle,
      bbox: {
        minX: theirs.bbox.minX,
        minY: theirs.bbox.minY,
        maxX: theirs.bbox.maxX,
        maxY: theirs.bbox.maxY,
      },
    });
    const { post, head } = theirs as unknown as {
      post: { isFixedPitch: number };
      head: { macStyle: { italic: boolean } };
    };
    expect(ours.isFixedPitch).toBe(post.isFixedPitch !== 0);
    expect(ours.isItalic).toBe(head.macStyle.italic);
  });

  it('refuses what is not a TrueType font, saying why', () => {
    const woff = new TextEncoder().encode('wOFF and then some bytes that are not a font');
    expect(() => parseTrueType(woff)).toThrow(FontFormatError);
    const truncated = fonts.regular.slice(0, 200);
    expect(() => parseTrueType(truncated)).toThrow(/runs past the end/);
  });
});
