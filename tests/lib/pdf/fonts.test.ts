// @vitest-environment node
import fontkit from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { FACES, FEATURES_OFF, FontSet } from '../../../src/lib/pdf/font-set.ts';
import { renderPdf } from '../../../src/lib/pdf/render.ts';
import { docOf } from './sample-docs.ts';
import { extractPdfItems } from './extract.ts';
import { fontPath, readPdfFonts } from './test-fonts.ts';

const fonts = readPdfFonts();

/** The four-letter tags of an sfnt's table directory. */
function tables(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(4);
  return Array.from({ length: count }, (_, i) =>
    String.fromCharCode(...bytes.subarray(12 + i * 16, 16 + i * 16)),
  );
}

/** A one-page PDF with `text` drawn by pdf-lib in a font given as bytes. */
async function pdfWith(fontBytes: Uint8Array, text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(fontBytes, { features: FEATURES_OFF });
  pdf.addPage().drawText(text, { x: 50, y: 700, size: 12, font });
  return pdf.save();
}

/** What pdf.js prints while reading the text of a PDF. */
async function warningsWhileReading(bytes: Uint8Array): Promise<{ text: string; log: string }> {
  const lines: string[] = [];
  const capture = (...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  };
  vi.spyOn(console, 'log').mockImplementation(capture);
  vi.spyOn(console, 'warn').mockImplementation(capture);
  const pages = await extractPdfItems(bytes, { fonts: true });
  vi.restoreAllMocks();
  return { text: (pages[0] ?? []).map((item) => item.str).join(''), log: lines.join('\n') };
}

describe('the embedded fonts', () => {
  it.each(FACES)('%s is a plain TrueType font that fontkit reads', (face) => {
    const bytes = fonts[face];
    expect(new DataView(bytes.buffer, bytes.byteOffset).getUint32(0)).toBe(0x00010000);
    expect(tables(bytes)).toEqual(expect.arrayContaining(['cmap', 'glyf', 'head', 'hmtx', 'loca']));
    const font = fontkit.create(bytes);
    expect(font.unitsPerEm).toBe(1000);
    expect(font.postscriptName).toMatch(/^NotoSans(Mono)?-(Regular|Bold)$/);
  });

  it('has every character of French in the latin fonts, and ł ş ř in latin-ext', () => {
    const latin = fontkit.create(fonts.regular);
    const ext = fontkit.create(fonts.regularExt);
    for (const char of 'éèêëàâäçîïôöùûüÿœŒÉÈÀÇ«»’…€\u2009\u00a0–—•\ufffd') {
      expect(latin.hasGlyphForCodePoint(char.codePointAt(0) ?? 0), char).toBe(true);
    }
    for (const char of 'łŁşŞřğİőű') {
      expect(latin.hasGlyphForCodePoint(char.codePointAt(0) ?? 0), char).toBe(false);
      expect(ext.hasGlyphForCodePoint(char.codePointAt(0) ?? 0), char).toBe(true);
    }
  });

  it('is small: subset to what each face draws (digests only in monospace)', () => {
    const gzip = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).length;
    // What a French letter fetches; then what a name with « ł » adds.
    expect(gzip(fonts.regular) + gzip(fonts.bold) + gzip(fonts.mono)).toBeLessThan(30_000);
    expect(gzip(fonts.regularExt) + gzip(fonts.boldExt)).toBeLessThan(75_000);
    const mono = fontkit.create(fonts.mono);
    expect(String.fromCodePoint(...mono.characterSet.sort((a, b) => a - b))).toContain(
      '0123456789abcdef',
    );
    expect(mono.hasGlyphForCodePoint('g'.codePointAt(0) ?? 0)).toBe(false);
  });

  it('is readable by pdf.js, unlike the WOFF file it was converted from', async () => {
    const text = 'Élève « œuvre » été';
    const converted = await warningsWhileReading(await pdfWith(fonts.regular, text));
    expect(converted.log).not.toMatch(/loca|FormatError|Unable to detect/);
    expect(converted.text).toBe(text);

    // The control: the same text in the WOFF file pdf.js cannot draw. If this stops warning,
    // the check above proves nothing.
    const woff = new Uint8Array(
      readFileSync('node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff'),
    );
    const broken = await warningsWhileReading(await pdfWith(woff, text));
    expect(broken.log).toMatch(/Required "loca" table is not found/);
  });

  it('is embedded by the renderer (no fontkit) so that pdf.js draws it and copies the text back', async () => {
    const text = 'Élève « œuvre » — Wrocław Şişli';
    const digest = 'ab'.repeat(32);
    const doc = docOf([
      { kind: 'paragraph', parts: [text] },
      { kind: 'paragraph', parts: [{ text: 'Objet : ', strong: true }, 'plainte'] },
      { kind: 'table', caption: 'Empreintes', columns: ['SHA-256'], widths: [1], rows: [[digest]] },
    ]);
    const read = await warningsWhileReading(await renderPdf(doc, fonts));
    expect(read.log).not.toMatch(/loca|FormatError|Unable to|Warning/);
    for (const part of [text, 'Objet :', 'plainte', digest]) {
      expect(read.text.replace(/\s+/g, ' ')).toContain(part);
    }
  });

  it('ships its licence with where the files come from', () => {
    const licence = readFileSync(fontPath('OFL.txt'), 'utf8');
    expect(licence).toContain('SIL Open Font License');
    expect(licence).toContain('@fontsource/noto-sans');
    expect(licence).toContain('node scripts/fonts.mjs');
  });
});

describe('measuring and encoding', () => {
  const set = new FontSet(fonts);
  const samples = [
    'Plainte pour harcèlement moral « en ligne » — été 2025',
    'office ffi fl fi ff 1/2 3⁄4',
    'Wrocław Şişli',
    '0123456789abcdef',
  ];

  it('gives the same glyphs and widths as pdf-lib (so lines never overflow)', async () => {
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(fontkit);
    for (const face of FACES) {
      const font = await pdf.embedFont(fonts[face], { features: FEATURES_OFF });
      const has = new Set(font.getCharacterSet());
      for (const sample of samples) {
        const text = Array.from(sample)
          .filter((char) => has.has(char.codePointAt(0) ?? 0))
          .join('');
        expect(set.encode(face, text), `${face}: ${text}`).toBe(
          font.encodeText(text).toString().slice(1, -1),
        );
        const width = Array.from(text).reduce(
          (sum, char) => sum + (set.advance(face, char.codePointAt(0) ?? 0) * 11) / 1000,
          0,
        );
        expect(width, `${face}: ${text}`).toBeCloseTo(font.widthOfTextAtSize(text, 11), 6);
      }
    }
  });
});
