// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Block, Doc, Inline } from '../../../src/lib/doc/model.ts';
import { renderPdf, unsupportedCharacters } from '../../../src/lib/pdf/render.ts';
import { FOOTER, PAGE } from '../../../src/lib/pdf/page-style.ts';
import { extractPdfItems, extractPdfText, pdfInfo, type PdfTextItem } from './extract.ts';
import { docOf, sampleLetter, sha256Of } from './sample-docs.ts';
import { readPdfFonts } from './test-fonts.ts';

const fonts = readPdfFonts();
const DATE = new Date('2025-03-14T09:30:00Z');
const render = (doc: Doc) => renderPdf(doc, fonts, { creationDate: DATE });
const paragraph = (...parts: Inline[]): Block => ({ kind: 'paragraph', parts });
/** Whitespace of any kind (no-break and thin spaces included) as one space. */
const spaces = (text: string) => text.replace(/\s+/gu, ' ');
const squash = (text: string) => text.replace(/\s+/gu, '');
const allText = async (bytes: Uint8Array) => (await extractPdfText(bytes)).join('\n');

const table = (rows: number, columns = ['Réf.', 'Date', 'Description']): Block => ({
  kind: 'table',
  caption: 'Chronologie',
  columns,
  widths: [1, 1.5, 4],
  rows: Array.from({ length: rows }, (_, i) => [
    `L${String(i + 1).padStart(3, '0')}`,
    `${String((i % 28) + 1).padStart(2, '0')}/03/2025`,
    `Message reçu n° ${i + 1}, signalé à la plateforme.`,
  ]),
});

describe('a rendered letter', () => {
  it('gives back accents and French punctuation intact', async () => {
    const sentence =
      'Élève « œuvre » — l’été… 12\u202f€ ; Œdipe ; ça ; « guillemets » ? Oui ! Cœur, façade, naïf, Noël, où, dû, ÉTÉ.';
    const text = await allText(await render(docOf([paragraph(sentence)])));
    // pdf.js gives every kind of space back as U+0020 (the narrow no-break space is drawn as a
    // thin space: the fonts have no U+202F); that it never breaks is tested in characters.test.ts.
    expect(spaces(text)).toContain(spaces(sentence));
    // Ligatures are off: "fi", "ffi" come back as letters.
    expect(await allText(await render(docOf([paragraph('office, affiche, fin')])))).toContain(
      'office, affiche, fin',
    );
  });

  it('has its title and language in the metadata, made by Balise, and nothing personal', async () => {
    const info = await pdfInfo(await render(sampleLetter()));
    expect(info).toMatchObject({
      title: 'Plainte pour harcèlement moral en ligne',
      language: 'fr-FR',
      creator: 'Balise',
      producer: 'Balise (pdf-lib)',
      author: undefined,
      subject: undefined,
      keywords: undefined,
      creationDate: 'D:20250314093000Z',
      modificationDate: 'D:20250314093000Z',
    });
  });

  it('is on A4 pages', async () => {
    const info = await pdfInfo(await render(sampleLetter()));
    expect(info.pages).toBeGreaterThanOrEqual(2);
    for (const size of info.pageSizes) expect(size).toEqual({ width: 595.28, height: 841.89 });
  });

  it('wraps a long URL and a SHA-256 and gives them back whole', async () => {
    const url = `https://www.instagram.com/p/${'C4xYz0AbCdEf'.repeat(12)}/?igsh=${'a1B2'.repeat(10)}`;
    const hash = sha256Of(1);
    const handle = `@${'tres_long_pseudonyme_'.repeat(8)}`;
    const bytes = await render(
      docOf([
        paragraph(`Publication : ${url} par ${handle}.`),
        {
          kind: 'table',
          caption: 'Pièces',
          columns: ['N°', 'Empreinte SHA-256'],
          widths: [1, 2],
          rows: [['1', hash]],
        },
      ]),
    );
    const pages = await extractPdfItems(bytes, { fonts: true });
    const text = squash(pages.map((items) => items.map((item) => item.str).join('')).join(''));
    expect(text).toContain(url);
    expect(text).toContain(hash);
    expect(text).toContain(handle);
    // The URL did not fit on one line: it was broken, not drawn past the margin.
    const urlLines = new Set(
      pages[0]
        ?.filter((item) => item.str.includes('instagram') || item.str.includes('C4xYz'))
        .map((i) => i.y),
    );
    expect(urlLines.size).toBeGreaterThan(1);
    // The hash is set in the monospace font.
    const hashItems = pages.flat().filter((item) => /^[0-9a-f]{8,}$/.test(item.str));
    expect(hashItems.length).toBeGreaterThan(0);
    for (const item of hashItems) expect(item.font).toBe('NotoSansMono-Regular');
  });

  it('spreads a 300-row table over several pages, repeating the header on each', async () => {
    const bytes = await render(docOf([table(300)]));
    const pages = await extractPdfItems(bytes);
    expect(pages.length).toBeGreaterThan(3);
    const rowsSeen: string[] = [];
    for (const items of pages) {
      const header = items.find((item) => item.str === 'Description');
      const rows = items.filter((item) => /^L\d{3}$/.test(item.str));
      rowsSeen.push(...rows.map((item) => item.str));
      if (rows.length === 0) continue;
      expect(header, 'header on every page with rows').toBeDefined();
      // Above the rows.
      for (const row of rows) expect(row.y).toBeLessThan(header?.y ?? 0);
    }
    // Every row once, in order: none lost, none split or repeated.
    expect(rowsSeen).toEqual(
      Array.from({ length: 300 }, (_, i) => `L${String(i + 1).padStart(3, '0')}`),
    );
  });

  it('numbers the pages "Page n sur N" in the footer of every page', async () => {
    const doc = docOf(
      Array.from({ length: 90 }, (_, i) => paragraph(`Paragraphe ${i + 1} : les faits.`)),
      { footer: 'Plainte — Camille Dupré', pageNumbers: 'Page {page} sur {pages}' },
    );
    const pages = await extractPdfText(await render(doc));
    expect(pages.length).toBe(3);
    pages.forEach((text, i) => {
      const last = text.split('\n').at(-1) ?? '';
      expect(spaces(last)).toBe(`Plainte — Camille Dupré Page ${i + 1} sur 3`);
    });
  });

  it('replaces a character no font has, and says so beforehand', async () => {
    const sentence = 'Il a écrit 😀 puis 漢 et 👍🏽.';
    expect(unsupportedCharacters(sentence)).toEqual(['😀', '漢', '👍🏽']);
    const text = await allText(await render(docOf([paragraph(sentence)])));
    expect(text).toContain('Il a écrit \ufffd puis \ufffd et \ufffd.');
    expect(text).not.toMatch(/😀|漢|👍/u);
  });

  it('draws Polish and Turkish letters with the latin-ext font, in regular and bold', async () => {
    const bytes = await render(
      docOf([
        {
          kind: 'paragraph',
          parts: ['Wrocław, Łódź, ', { text: 'Şişli, İstanbul', strong: true }],
        },
      ]),
    );
    const items = (await extractPdfItems(bytes, { fonts: true }))[0] ?? [];
    expect(spaces(joinLine(items))).toContain('Wrocław, Łódź, Şişli, İstanbul');
    const fontOf = (char: string) => items.find((item) => item.str.includes(char))?.font;
    expect(fontOf('ł')).toBe('NotoSansLatinExt-Regular');
    expect(fontOf('Ł')).toBe('NotoSansLatinExt-Regular');
    expect(fontOf('Wroc')).toBe('NotoSans-Regular');
    expect(fontOf('ş')).toBe('NotoSansLatinExt-Bold');
    expect(fontOf('İ')).toBe('NotoSansLatinExt-Bold');
    expect(fontOf('stanbul')).toBe('NotoSans-Bold');
  });

  it('starts a new line at a newline inside a paragraph (\\n, \\r\\n), and a tab is a space', async () => {
    const text = await allText(
      await render(docOf([paragraph('Première ligne\nDeuxième ligne\r\nTroisième\tligne')])),
    );
    expect(text).toContain('Première ligne\nDeuxième ligne\nTroisième ligne');
  });

  it('does not crash on empty strings and empty parts', async () => {
    const empty: Doc = {
      title: '',
      lang: '',
      opening: [
        { kind: 'paragraph', parts: [] },
        { kind: 'paragraph', parts: ['', { text: '', strong: true }] },
        { kind: 'lines', lines: [] },
        { kind: 'lines', lines: ['', ''] },
      ],
      sections: [
        {
          id: 'empty',
          title: '',
          blocks: [
            { kind: 'list', ordered: true, items: [[], ['']] },
            { kind: 'table', caption: '', columns: [], widths: [], rows: [] },
            { kind: 'table', caption: '', columns: ['', ''], widths: [0, -1], rows: [[], ['']] },
          ],
        },
      ],
      closing: [],
      footer: '',
      pageNumbers: '',
    };
    const bytes = await render(empty);
    expect((await pdfInfo(bytes)).pages).toBe(1);
    const noSections = await render({ ...empty, opening: [], sections: [] });
    expect((await pdfInfo(noSections)).pages).toBe(1);
  });

  it('puts `align: end` lines against the right margin', async () => {
    const bytes = await render(
      docOf([
        { kind: 'paragraph', parts: ['À Lyon, le 14 mars 2025'], align: 'end' },
        { kind: 'lines', lines: ['Camille Dupré', '(signature)'], align: 'end' },
        paragraph('Début de ligne'),
      ]),
    );
    const items = (await extractPdfItems(bytes))[0] ?? [];
    const right = PAGE.width - PAGE.margin;
    for (const str of ['À Lyon, le 14 mars 2025', 'Camille Dupré', '(signature)']) {
      const item = items.find((i) => i.str === str);
      expect(item, str).toBeDefined();
      expect((item?.x ?? 0) + (item?.width ?? 0)).toBeCloseTo(right, 1);
    }
    expect(items.find((i) => i.str === 'Début de ligne')?.x).toBeCloseTo(PAGE.margin, 3);
  });

  it('is the same, byte for byte, for the same document and date', async () => {
    const a = await render(sampleLetter());
    const b = await render(sampleLetter());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const later = await renderPdf(sampleLetter(), fonts, { creationDate: new Date('2026-01-01') });
    expect(Buffer.from(a).equals(Buffer.from(later))).toBe(false);
  });

  it('draws no text outside the page: within the margins, above the footer', async () => {
    const doc = docOf([...sampleLetter().sections.flatMap((s) => s.blocks), table(120)], {
      footer:
        'Pied de page assez long pour voir qu’il reste à sa place, même avec beaucoup de mots',
    });
    const pages = await extractPdfItems(await render(doc));
    expect(pages.length).toBeGreaterThan(2);
    for (const items of pages) {
      for (const item of items) {
        const where = `"${item.str}" at ${item.x.toFixed(1)}, ${item.y.toFixed(1)}`;
        expect(item.x, where).toBeGreaterThanOrEqual(PAGE.margin - 0.01);
        expect(item.x + item.width, where).toBeLessThanOrEqual(PAGE.width - PAGE.margin + 0.01);
        expect(item.y + item.size, where).toBeLessThanOrEqual(PAGE.height - PAGE.margin + 0.01);
        if (item.size === FOOTER.size) {
          expect(item.y, where).toBeGreaterThanOrEqual(FOOTER.baseline - 0.01);
          expect(item.y + item.size, where).toBeLessThan(PAGE.margin);
        } else {
          // Body text: its descenders stay above the bottom margin, so clear of the footer.
          expect(item.y - 0.3 * item.size, where).toBeGreaterThanOrEqual(PAGE.margin - 0.01);
        }
      }
    }
  });
});

function joinLine(items: readonly PdfTextItem[]): string {
  return items.map((item) => item.str).join('');
}
