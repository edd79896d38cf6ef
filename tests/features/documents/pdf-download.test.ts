import { describe, expect, it } from 'vitest';
import type { Doc } from '../../../src/lib/doc/model.ts';
import type { PdfCode } from '../../../src/features/documents/pdf-download.ts';
import { makePdf, pdfFileName } from '../../../src/features/documents/pdf-download.ts';
import { FontLoadError } from '../../../src/lib/pdf/load-fonts.ts';
import type { PdfFonts } from '../../../src/lib/pdf/render.ts';

const doc: Doc = {
  title: 'Lettre',
  lang: 'fr-FR',
  opening: [],
  sections: [],
  closing: [],
  footer: 'Lettre',
  pageNumbers: 'Page {page} sur {pages}',
};
const FONTS = {} as PdfFonts;
const BYTES = new Uint8Array([37, 80, 68, 70]);

/** A PDF code that works, with one part replaced. */
function code(part: Partial<PdfCode> = {}): () => Promise<PdfCode> {
  return () =>
    Promise.resolve({
      renderPdf: () => Promise.resolve(BYTES),
      unsupportedCharactersInDoc: () => [],
      needsLatinExt: () => false,
      loadPdfFonts: () => Promise.resolve(FONTS),
      ...part,
    });
}

describe('making a document’s PDF', () => {
  it('gives the bytes and the characters the fonts cannot draw', async () => {
    const outcome = await makePdf(doc, code({ unsupportedCharactersInDoc: () => ['😀'] }));
    expect(outcome).toEqual({ ok: true, bytes: BYTES, unsupported: ['😀'] });
  });

  it('asks for the extended Latin fonts only when the text needs them', async () => {
    const asked: boolean[] = [];
    const loadPdfFonts = ({ latinExt }: { readonly latinExt: boolean }) => {
      asked.push(latinExt);
      return Promise.resolve(FONTS);
    };
    await makePdf(doc, code({ loadPdfFonts }));
    await makePdf(doc, code({ loadPdfFonts, needsLatinExt: () => true }));
    expect(asked).toEqual([false, true]);
  });

  it('says the PDF code could not be loaded when its chunk does not arrive (offline)', async () => {
    const error = new TypeError('Failed to fetch dynamically imported module');
    const outcome = await makePdf(doc, () => Promise.reject(error));
    expect(outcome).toEqual({ ok: false, problem: 'code', error });
  });

  it('says the fonts could not be fetched when a font is missing', async () => {
    const error = new FontLoadError('regular', '/fonts/x.ttf');
    const outcome = await makePdf(doc, code({ loadPdfFonts: () => Promise.reject(error) }));
    expect(outcome).toMatchObject({ ok: false, problem: 'fonts' });
  });

  it('does not blame the network for a bug while drawing the PDF', async () => {
    const renderPdf = () => Promise.reject(new TypeError('x is undefined'));
    expect(await makePdf(doc, code({ renderPdf }))).toMatchObject({
      ok: false,
      problem: 'unexpected',
    });
    const loadPdfFonts = () => Promise.reject(new RangeError('bad font'));
    expect(await makePdf(doc, code({ loadPdfFonts }))).toMatchObject({
      ok: false,
      problem: 'unexpected',
    });
  });

  it('names the file neutrally, with the date only', () => {
    expect(pdfFileName('document', '2026-12-02')).toBe('document-2026-12-02.pdf');
  });
});
