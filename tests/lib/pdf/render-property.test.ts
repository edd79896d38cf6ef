// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, Doc, Inline, Section } from '../../../src/lib/doc/model.ts';
import { prepareText, shippedFontsCover } from '../../../src/lib/pdf/characters.ts';
import { FontSet } from '../../../src/lib/pdf/font-set.ts';
import { layoutDoc } from '../../../src/lib/pdf/layout.ts';
import { FOOTER, LIST, PAGE, TABLE } from '../../../src/lib/pdf/page-style.ts';
import { renderPdf } from '../../../src/lib/pdf/render.ts';
import { pdfInfo } from './extract.ts';
import { sha256Of } from './sample-docs.ts';
import { readPdfFonts } from './test-fonts.ts';

const fonts = readPdfFonts();
const fontSet = new FontSet(fonts);

/** Strings users or attackers could type, paste or import. */
const text: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(
    '',
    '<script>alert("x")</script>',
    '\u0000\u0001\u0008\u000b\u000c\u001b\u007f\u0085\u009f',
    '\r\n\t\n\n\r',
    '\ud800 lone \udfff surrogates',
    '«\u202fcité\u202f» ; 12\u00a0000\u202f€',
    '😀👩‍💻🏳️‍🌈 漢字 العربية עברית',
    'e\u0301\u0327\u20dd',
    'x'.repeat(600),
    'ligne\n'.repeat(90), // taller than a page in a table cell
    `https://exemple.fr/${'a/'.repeat(150)}`,
    sha256Of(7),
    '{page} {pages} {page',
  ),
);
const inline: fc.Arbitrary<Inline> = fc.oneof(text, fc.record({ text, strong: fc.boolean() }));
const align = fc.constantFrom<'end' | undefined>(undefined, 'end');
const block: fc.Arbitrary<Block> = fc.oneof(
  fc
    .tuple(fc.array(inline, { maxLength: 4 }), align)
    .map(([parts, a]): Block =>
      a ? { kind: 'paragraph', parts, align: a } : { kind: 'paragraph', parts },
    ),
  fc
    .tuple(fc.array(text, { maxLength: 5 }), align)
    .map(([lines, a]): Block =>
      a ? { kind: 'lines', lines, align: a } : { kind: 'lines', lines },
    ),
  fc.record({
    kind: fc.constant('list' as const),
    ordered: fc.boolean(),
    items: fc.array(fc.array(inline, { maxLength: 3 }), { maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant('table' as const),
    caption: text,
    columns: fc.array(text, { maxLength: 5 }),
    widths: fc.array(fc.oneof(fc.double(), fc.double({ min: 0.1, max: 5, noNaN: true })), {
      maxLength: 6,
    }),
    rows: fc.array(fc.array(text, { maxLength: 6 }), { maxLength: 8 }),
  }),
);
/** A long table, so that documents run over several pages. */
const longTable: fc.Arbitrary<Block> = fc.record({
  kind: fc.constant('table' as const),
  caption: text,
  columns: fc.array(text, { minLength: 1, maxLength: 3 }),
  widths: fc.constant([1, 2, 3]),
  rows: fc.array(fc.array(text, { maxLength: 3 }), { minLength: 20, maxLength: 80 }),
});
const section: fc.Arbitrary<Section> = fc.record({
  id: fc.string({ maxLength: 5 }),
  title: text,
  blocks: fc.array(fc.oneof({ weight: 5, arbitrary: block }, { weight: 1, arbitrary: longTable }), {
    maxLength: 4,
  }),
});
const doc: fc.Arbitrary<Doc> = fc.record({
  title: text,
  lang: fc.oneof(fc.constant('fr-FR'), text),
  opening: fc.array(block, { maxLength: 3 }),
  sections: fc.array(section, { maxLength: 3 }),
  closing: fc.array(block, { maxLength: 2 }),
  footer: text,
  pageNumbers: fc.oneof(fc.constant('Page {page} sur {pages}'), text),
});

const advance = (face: Parameters<FontSet['advance']>[0], value: string, size: number) =>
  Array.from(value).reduce(
    (sum, char) => sum + fontSet.advance(face, char.codePointAt(0) ?? 0),
    0,
  ) *
  (size / 1000);

/**
 * The visible characters a document shows once each, sorted: all but the footer (on every page)
 * and table headers (repeated on every page of their table).
 */
function expectedCharacters(d: Doc): string[] {
  const strings: string[] = [];
  const inline = (part: Inline) => (typeof part === 'string' ? part : part.text);
  const visit = (b: Block) => {
    switch (b.kind) {
      case 'paragraph':
        strings.push(...b.parts.map(inline));
        break;
      case 'lines':
        strings.push(...b.lines);
        break;
      case 'list':
        b.items.forEach((item, i) => {
          strings.push(b.ordered ? `${i + 1}.` : LIST.bullet, ...item.map(inline));
        });
        break;
      case 'table':
        strings.push(b.caption, ...b.rows.flat());
        break;
    }
  };
  strings.push(d.title);
  d.opening.forEach(visit);
  for (const s of d.sections) {
    strings.push(s.title);
    s.blocks.forEach(visit);
  }
  d.closing.forEach(visit);
  return visible(strings.map((value) => prepareText(value, fontSet.covers)).join(''));
}

const visible = (value: string) => Array.from(value.replace(/[ \n\u00a0\u2009]/g, '')).sort();

describe('any document, however odd its text', () => {
  it('is laid out on pages, with only drawable characters, and nothing off the page', () => {
    fc.assert(
      fc.property(doc, (d) => {
        const pages = layoutDoc(d, fontSet);
        expect(pages.length).toBeGreaterThanOrEqual(1);
        const problems: string[] = [];
        for (const ops of pages) {
          for (const op of ops) {
            if (op.kind !== 'text') continue;
            const where = `${JSON.stringify(op.text)} at ${op.x}, ${op.y}`;
            if (op.text === '') problems.push(`empty text ${where}`);
            // Only characters the fonts have: no control character ever reaches pdf-lib.
            for (const char of op.text) {
              const codePoint = char.codePointAt(0) ?? 0;
              if (!shippedFontsCover(codePoint))
                problems.push(`U+${codePoint.toString(16)} ${where}`);
            }
            const right = op.x + advance(op.face, op.text, op.size);
            if (op.x < PAGE.margin - 1e-6 || right > PAGE.width) problems.push(`x ${where}`);
            if (op.y <= 0 || op.y + op.size > PAGE.height - PAGE.margin + 1) {
              problems.push(`y ${where}`);
            }
          }
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('shows every character once: nothing lost, nothing drawn twice, across page breaks', () => {
    fc.assert(
      fc.property(doc, (d) => {
        const isHeader = (op: { size: number; face: string }) =>
          op.size === TABLE.size && op.face.startsWith('bold');
        const drawn = layoutDoc(d, fontSet)
          .flat()
          .flatMap((op) =>
            op.kind === 'text' && op.size !== FOOTER.size && !isHeader(op) ? [op.text] : [],
          );
        expect(visible(drawn.join(''))).toEqual(expectedCharacters(d));
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('renders without throwing to a PDF that pdf.js opens, with at least one page', async () => {
    await fc.assert(
      fc.asyncProperty(doc, async (d) => {
        const bytes = await renderPdf(d, fonts, { creationDate: new Date(0) });
        const info = await pdfInfo(bytes);
        expect(info.pages).toBeGreaterThanOrEqual(1);
        expect(info.pages).toBe(layoutDoc(d, fontSet).length);
        if (/^[a-z]{2}(-[A-Z]{2})?$/.test(d.lang)) expect(info.language).toBe(d.lang);
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
