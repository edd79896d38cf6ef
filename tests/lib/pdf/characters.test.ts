// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  type Covers,
  latinFacesCover,
  needsLatinExt,
  prepareText,
  shippedFontsCover,
  unsupportedCharacters,
  unsupportedCharactersInDoc,
} from '../../../src/lib/pdf/characters.ts';
import { FontSet } from '../../../src/lib/pdf/font-set.ts';
import { wrap } from '../../../src/lib/pdf/wrap.ts';
import { docOf } from './sample-docs.ts';
import { readLatinFonts, readPdfFonts } from './test-fonts.ts';

const fonts = new FontSet(readPdfFonts());
const prepare = (text: string) => prepareText(text, fonts.covers);

/** Code points (hex) up to U+2FFFF where a static coverage table and the fonts disagree. */
function disagreements(table: Covers, set: FontSet): string[] {
  const never = /[\p{Cc}\p{Noncharacter_Code_Point}]/u;
  const mismatches: string[] = [];
  for (let codePoint = 0; codePoint <= 0x2ffff; codePoint++) {
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue; // surrogates
    const drawn = set.covers(codePoint) && !never.test(String.fromCodePoint(codePoint));
    if (table(codePoint) !== drawn) mismatches.push(codePoint.toString(16));
  }
  return mismatches;
}

describe('characters the PDF cannot draw', () => {
  it('lists emoji and other scripts once each, in order, as the user typed them', () => {
    expect(unsupportedCharacters('Salut 😀 漢字 👍🏽 😀 漢')).toEqual(['😀', '漢', '字', '👍🏽']);
    expect(unsupportedCharacters('👩‍💻 ❤️')).toEqual(['👩‍💻', '❤️']);
  });

  it('lists nothing for French, other Latin-script languages and typographic signs', () => {
    const french = 'Élève « œuvre » — l’été… 12\u202f€ ; Œdipe ; ça ; ÿ ; « » ‹ › “ ” ‘ ’ • – —';
    const latin = 'Wrocław Łódź Kraków Şişli İstanbul ğ ř ž ő ű ā ē ī Ærø ß';
    expect(unsupportedCharacters(french)).toEqual([]);
    expect(unsupportedCharacters(latin)).toEqual([]);
  });

  it('does not list line breaks, tabs, control or invisible characters: they are handled', () => {
    expect(unsupportedCharacters('a\r\nb\tc\u0000d\u200be\u00adf\ufeffg\u2028h\u0007')).toEqual([]);
  });

  it('checks a whole document, title, footer and table cells included', () => {
    const doc = docOf(
      [{ kind: 'table', caption: 'ok', columns: ['Colonne'], widths: [1], rows: [['漢']] }],
      { title: 'Titre 😀', footer: 'pied ✓' },
    );
    expect(unsupportedCharactersInDoc(doc)).toEqual(['😀', '漢', '✓']);
  });

  it('agrees with the shipped fonts: the static table is what the fonts really draw', () => {
    expect(disagreements(shippedFontsCover, fonts)).toEqual([]);
  });
});

describe('fetching the latin-ext fonts only when the text needs them', () => {
  it('needs them for a name with ł or ş, anywhere in the document', () => {
    expect(needsLatinExt(docOf([], { title: 'Plainte', footer: 'Łukasz Nowak' }))).toBe(true);
    const rows = [['Şişli']];
    expect(
      needsLatinExt(docOf([{ kind: 'table', caption: '', columns: ['Qui'], widths: [1], rows }])),
    ).toBe(true);
  });

  it('does not need them for French, its typography, or characters no font draws', () => {
    const french = 'Élève « œuvre » — l’été… 12\u202f€ ; Œdipe ; ça ; ÿ ; ‹ › “ ” ‘ ’ • – —';
    expect(needsLatinExt(docOf([{ kind: 'paragraph', parts: [french] }]))).toBe(false);
    expect(needsLatinExt(docOf([], { title: 'Salut 😀 漢' }))).toBe(false);
  });

  it('agrees with the latin fonts: the static table is what they really draw', () => {
    expect(disagreements(latinFacesCover, new FontSet(readLatinFonts()))).toEqual([]);
  });
});

describe('text prepared for drawing', () => {
  it('replaces each grapheme no font has by one U+FFFD', () => {
    expect(prepare('a😀b👍🏽c漢')).toBe('a\ufffdb\ufffdc\ufffd');
  });

  it('turns every kind of line break into \\n, tabs and other spaces into a plain space', () => {
    expect(prepare('a\r\nb\rc\nd\u2028e\u2029f\u0085g')).toBe('a\nb\nc\nd\ne\nf\ng');
    expect(prepare('a\tb\u2003c\u3000d')).toBe('a b c d');
  });

  it('drops control and invisible characters, so none reaches pdf-lib', () => {
    expect(prepare('a\u0000b\u0008c\u001bd\u007fe\u200bf\u200dg\u00adh\ufeffi\u202ej\ufe0f')).toBe(
      'abcdefghij',
    );
    for (let codePoint = 0; codePoint < 0x20; codePoint++) {
      expect(prepare(`x${String.fromCodePoint(codePoint)}y`)).toMatch(/^x[ \n]?y$/);
    }
  });

  it('keeps no-break spaces unbreakable and draws the narrow one as a thin space', () => {
    expect(prepare('«\u202fmot\u202f»')).toBe('«\u2009mot\u2009»');
    expect(prepare('12\u00a0000\u2007€')).toBe('12\u00a0000\u00a0€');
  });

  it('composes decomposed accents (NFC), so that they use the precomposed glyphs', () => {
    expect(prepare('e\u0301le\u0300ve')).toBe('élève');
  });
});

describe('line breaking', () => {
  const lines = (text: string, width: number) =>
    wrap([{ text: prepare(text), style: 'regular' }], width, 11, fonts).map((line) =>
      line.pieces.map((piece) => piece.text).join(''),
    );

  it('never breaks at a no-break space: guillemets stay with their word', () => {
    const text = Array.from({ length: 30 }, (_, i) => `mot${i} «\u202fcité\u202f»\u202f;`).join(
      ' ',
    );
    for (const width of [60, 90, 140, 200]) {
      for (const line of lines(text, width)) {
        expect(line).not.toMatch(/^[»;]/);
        expect(line).not.toMatch(/«$/);
      }
    }
  });

  it('keeps every line within the width, breaking long words anywhere', () => {
    const hash = 'a3'.repeat(32);
    const text = `Voir https://exemple.fr/${'x'.repeat(200)} et ${hash} fin`;
    const result = wrap([{ text, style: 'regular' }], 100, 11, fonts);
    for (const line of result) expect(line.width).toBeLessThanOrEqual(100 + 1e-9);
    const joined = result.map((line) => line.pieces.map((p) => p.text).join('')).join('');
    expect(joined.replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
    expect(result.length).toBeGreaterThan(5);
  });

  it('makes an empty line of \\n\\n, no line of an empty text, and collapses spaces', () => {
    expect(lines('', 200)).toEqual([]);
    expect(lines('un\n\ndeux', 200)).toEqual(['un', '', 'deux']);
    expect(lines('  un    deux  ', 200)).toEqual(['un deux']);
  });

  it('measures text exactly as the fonts advance (bold is wider than regular)', () => {
    const regular = fonts.width('Harcèlement', 'regular', 11);
    const bold = fonts.width('Harcèlement', 'bold', 11);
    expect(regular).toBeGreaterThan(40);
    expect(bold).toBeGreaterThan(regular);
    expect(fonts.width('0'.repeat(64), 'mono', 10)).toBeCloseTo(64 * 6, 5);
  });
});
