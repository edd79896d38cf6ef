// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Block, Doc } from '../../../src/lib/doc/model.ts';
import { FontSet } from '../../../src/lib/pdf/font-set.ts';
import { FIT_SCALES, layoutDoc, type DrawOp, type PageOps } from '../../../src/lib/pdf/layout.ts';
import { BODY, HEADING, PAGE } from '../../../src/lib/pdf/page-style.ts';
import { bigLetter, docOf } from './sample-docs.ts';
import { readPdfFonts } from './test-fonts.ts';

const fonts = new FontSet(readPdfFonts());
type TextOp = Extract<DrawOp, { kind: 'text' }>;
const texts = (page: PageOps): TextOp[] => page.flatMap((op) => (op.kind === 'text' ? [op] : []));
/** Page index of each text op whose text matches. */
const pagesOf = (pages: readonly PageOps[], match: (text: string) => boolean): number[] =>
  pages.flatMap((page, index) =>
    texts(page)
      .filter((op) => match(op.text))
      .map(() => index),
  );
const filler = (count: number): Block[] =>
  Array.from({ length: count }, (_, i) => ({ kind: 'paragraph', parts: [`Remplissage ${i}.`] }));
const withOpening = (opening: Block[], blocks: Block[], title = 'Titre de section'): Doc => ({
  ...docOf(blocks),
  opening,
  sections: [{ id: 's', title, blocks }],
});

describe('pagination', () => {
  it('never leaves a section title alone at the foot of a page', () => {
    let titlesAtFoot = 0;
    for (let count = 20; count <= 45; count++) {
      const doc = withOpening(filler(count), [
        {
          kind: 'paragraph',
          parts: ['Première ligne du texte de la section.\nDeuxième.\nTroisième.'],
        },
      ]);
      const pages = layoutDoc(doc, fonts);
      const [titlePage] = pagesOf(pages, (text) => text === 'Titre de section');
      const [firstLine] = pagesOf(pages, (text) => text.startsWith('Première ligne'));
      expect(firstLine, `${count} fillers`).toBe(titlePage);
      if ((titlePage ?? 0) > 0) titlesAtFoot++;
    }
    // The loop did reach the case where the title had to move to the next page.
    expect(titlesAtFoot).toBeGreaterThan(0);
  });

  it('keeps a `lines` block (an address, a signature) on one page', () => {
    const lines = ['Camille Dupré', '12 rue des Écoles', '69003 Lyon', 'France', '06 00 00 00 00'];
    for (let count = 20; count <= 70; count++) {
      const pages = layoutDoc(docOf([...filler(count), { kind: 'lines', lines }]), fonts);
      const where = new Set(pagesOf(pages, (text) => lines.includes(text)));
      expect(where.size, `${count} fillers`).toBe(1);
    }
  });

  it('leaves no single line of a paragraph alone at the foot or the head of a page', () => {
    const long = Array.from({ length: 10 }, (_, i) => `Ligne ${i + 1} du long paragraphe.`).join(
      '\n',
    );
    for (let count = 20; count <= 70; count++) {
      const pages = layoutDoc(
        docOf([...filler(count), { kind: 'paragraph', parts: [long] }]),
        fonts,
      );
      const where = pagesOf(pages, (text) => text.startsWith('Ligne '));
      expect(where).toHaveLength(10);
      const perPage = [...new Set(where)].map((page) => where.filter((p) => p === page).length);
      for (const n of perPage)
        expect(n, `${count} fillers: ${perPage.join('+')}`).toBeGreaterThan(1);
    }
  });

  it('moves a table row that does not fit to the next page, whole', () => {
    // Rows of 2 to 6 lines, so that page ends fall in every possible place.
    const rows = Array.from({ length: 120 }, (_, i) => [
      `R${i}`,
      Array.from({ length: (i % 5) + 2 }, (_, k) => `R${i}-${k}`).join('\n'),
    ]);
    const pages = layoutDoc(
      docOf([{ kind: 'table', caption: 'Lignes', columns: ['N°', 'Texte'], widths: [1, 3], rows }]),
      fonts,
    );
    expect(pages.length).toBeGreaterThan(2);
    for (let i = 0; i < 120; i++) {
      const where = new Set(
        pagesOf(pages, (text) => text === `R${i}` || text.startsWith(`R${i}-`)),
      );
      expect(where.size, `row ${i}`).toBe(1);
    }
  });

  it('splits a row taller than a page between its lines, repeating the header', () => {
    const tall = Array.from({ length: 300 }, (_, i) => `ligne ${i}`).join('\n');
    const pages = layoutDoc(
      docOf([
        {
          kind: 'table',
          caption: '',
          columns: ['Date', 'Faits'],
          widths: [1, 3],
          rows: [
            ['avant', 'court'],
            ['01/03', tall],
            ['après', 'court'],
          ],
        },
      ]),
      fonts,
    );
    const lines = pages.flatMap((page) =>
      texts(page).flatMap((op) => (op.text.startsWith('ligne ') ? [op.text] : [])),
    );
    expect(lines).toEqual(Array.from({ length: 300 }, (_, i) => `ligne ${i}`));
    const withRows = pages.filter((page) => texts(page).some((op) => op.text.startsWith('ligne ')));
    expect(withRows.length).toBeGreaterThan(2);
    for (const page of withRows) expect(texts(page).some((op) => op.text === 'Faits')).toBe(true);
    expect(pagesOf(pages, (text) => text === 'après')).toHaveLength(1);
  });

  it('lays out a 1,000-row chronology and 500 hashes on dozens of pages, body above the footer', () => {
    const pages = layoutDoc(bigLetter(), fonts);
    expect(pages.length).toBeGreaterThan(24);
    for (const page of pages) {
      for (const op of texts(page)) {
        if (op.size === BODY.size || op.size === HEADING.size) {
          expect(op.y).toBeGreaterThan(PAGE.margin);
        }
      }
    }
  });
});

describe("a document that asks to fit on one page ('one-page')", () => {
  const inside = (pages: readonly PageOps[]) =>
    pages.every((page) =>
      texts(page).every(
        (op) => op.x >= 0 && op.x <= PAGE.width && op.y >= 0 && op.y <= PAGE.height,
      ),
    );

  it('is drawn at full size when it already holds on one page', () => {
    const doc = withOpening(filler(5), filler(5));
    expect(layoutDoc({ ...doc, fit: 'one-page' }, fonts)).toEqual(layoutDoc(doc, fonts));
  });

  it('is shrunk onto one A4 page when a little too long, no smaller than the last scale', () => {
    const doc = withOpening(filler(35), filler(15));
    expect(layoutDoc(doc, fonts).length).toBe(2);
    const pages = layoutDoc({ ...doc, fit: 'one-page' }, fonts);
    expect(pages).toHaveLength(1);
    expect(inside(pages)).toBe(true);
    // Every paragraph is there, smaller, never below the smallest scale.
    const body = texts(pages[0] ?? []).filter((op) => op.text.startsWith('Remplissage'));
    expect(body).toHaveLength(50);
    const size = Math.min(...body.map((op) => op.size));
    expect(size).toBeLessThan(BODY.size);
    expect(size).toBeGreaterThanOrEqual(BODY.size * Math.min(...FIT_SCALES) - 1e-9);
  });

  it('keeps full size over several pages when even the smallest scale is not enough', () => {
    const doc = withOpening(filler(200), filler(100));
    const pages = layoutDoc({ ...doc, fit: 'one-page' }, fonts);
    expect(pages).toEqual(layoutDoc(doc, fonts));
    expect(pages.length).toBeGreaterThan(2);
  });
});
