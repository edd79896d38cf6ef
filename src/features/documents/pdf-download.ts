import type { Doc } from '../../lib/doc/model.ts';
import type { PdfFonts } from '../../lib/pdf/render.ts';

/**
 * Making a document's PDF, step by step, each step's failure named by what the person can do
 * about it: `code` (the PDF code could not be loaded: offline before the app was kept for offline
 * use), `fonts` (the fonts could not be fetched), `unexpected` (anything else). No DOM: the screen
 * saves the bytes and says the outcome.
 */
export type PdfProblem = 'code' | 'fonts' | 'unexpected';

export type PdfOutcome =
  | {
      readonly ok: true;
      readonly bytes: Uint8Array;
      /** Characters the fonts cannot draw, replaced in the PDF: the screen says which. */
      readonly unsupported: readonly string[];
    }
  | { readonly ok: false; readonly problem: PdfProblem; readonly error: unknown };

/** What making a PDF needs, loaded on demand (a separate chunk: most people never ask for one). */
export interface PdfCode {
  readonly renderPdf: (doc: Doc, fonts: PdfFonts) => Promise<Uint8Array>;
  readonly unsupportedCharactersInDoc: (doc: Doc) => readonly string[];
  readonly needsLatinExt: (doc: Doc) => boolean;
  readonly loadPdfFonts: (options: { readonly latinExt: boolean }) => Promise<PdfFonts>;
}

export async function loadPdfCode(): Promise<PdfCode> {
  const [render, fonts] = await Promise.all([
    import('../../lib/pdf/render.ts'),
    import('../../lib/pdf/load-fonts.ts'),
  ]);
  return {
    renderPdf: (doc, set) => render.renderPdf(doc, set),
    unsupportedCharactersInDoc: render.unsupportedCharactersInDoc,
    needsLatinExt: render.needsLatinExt,
    loadPdfFonts: fonts.loadPdfFonts,
  };
}

const failed = (problem: PdfProblem, error: unknown): PdfOutcome => ({ ok: false, problem, error });

/** The document's PDF, or the step that failed. Never throws. */
export async function makePdf(
  doc: Doc,
  load: () => Promise<PdfCode> = loadPdfCode,
): Promise<PdfOutcome> {
  let code: PdfCode;
  try {
    code = await load();
  } catch (error) {
    return failed('code', error);
  }
  let fonts: PdfFonts;
  try {
    fonts = await code.loadPdfFonts({ latinExt: code.needsLatinExt(doc) });
  } catch (error) {
    return failed(
      error instanceof Error && error.name === 'FontLoadError' ? 'fonts' : 'unexpected',
      error,
    );
  }
  try {
    const unsupported = code.unsupportedCharactersInDoc(doc);
    return { ok: true, bytes: await code.renderPdf(doc, fonts), unsupported };
  } catch (error) {
    return failed('unexpected', error);
  }
}

/** A neutral name: a Downloads folder seen by someone else does not say what this is. */
export function pdfFileName(stem: string, today: string): string {
  return `${stem}-${today}.pdf`;
}
