/**
 * Reading PDFs back in tests, with pdf.js (the engine of Firefox's viewer), in Node.
 *
 * - `extractPdfText(bytes)`: the text of each page, as a reader copying it would get it.
 * - `extractPdfItems(bytes)`: the positioned text items of each page (geometry tests).
 * - `pdfInfo(bytes)`: page count, page sizes and document metadata.
 *
 * Works under vitest (use `// @vitest-environment node`: pdf.js picks its Node code paths there)
 * and under Playwright's runner. pdf.js runs without a worker thread in Node (its "fake worker");
 * it may print harmless `Warning:` lines. The caller's bytes are copied, never detached (pdf.js
 * transfers the buffer it is given).
 */
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A run of text as pdf.js reports it, in PDF user space (points, origin at bottom left). */
export interface PdfTextItem {
  readonly str: string;
  /** Start of the baseline. */
  readonly x: number;
  readonly y: number;
  /** Advance width of the whole string, in points. */
  readonly width: number;
  /** Font size in points (vertical scale of the text matrix). */
  readonly size: number;
  /** pdf.js's internal font id (`g_d0_f1`…): equal ids, same font. */
  readonly fontName: string;
  /**
   * The font's name in the PDF (`NotoSans-Regular`, `NotoSansLatinExt-Bold`…); only with
   * `{ fonts: true }` (pdf.js must then parse the drawing operators too, which is slower), else ''.
   */
  readonly font: string;
}

export interface ExtractOptions {
  /** Fill in `font` for each item. */
  readonly fonts?: boolean;
}

export interface PdfInfo {
  readonly pages: number;
  /** Size of each page in points (`{ width: 595.28, height: 841.89 }` for A4 portrait). */
  readonly pageSizes: readonly { readonly width: number; readonly height: number }[];
  /** `/Title` of the document information dictionary. */
  readonly title: string | undefined;
  /** `/Lang` of the catalog (BCP 47). */
  readonly language: string | undefined;
  readonly creator: string | undefined;
  readonly producer: string | undefined;
  readonly author: string | undefined;
  readonly subject: string | undefined;
  readonly keywords: string | undefined;
  /** Raw PDF date strings (`D:20250301120000Z`). */
  readonly creationDate: string | undefined;
  readonly modificationDate: string | undefined;
}

type Bytes = Uint8Array | ArrayBuffer;

async function withPdf<T>(bytes: Bytes, use: (pdf: PDFDocumentProxy) => Promise<T>): Promise<T> {
  // A copy: pdf.js transfers (detaches) the buffer it is given. `new Uint8Array(view)` copies,
  // where a Node Buffer's `slice()` would not.
  const data = bytes instanceof Uint8Array ? new Uint8Array(bytes) : new Uint8Array(bytes.slice(0));
  const task = getDocument({ data, isEvalSupported: false, useSystemFonts: false });
  const pdf = await task.promise;
  try {
    return await use(pdf);
  } finally {
    await task.destroy();
  }
}

/**
 * Positioned text items of each page, in content-stream order (for Balise's PDFs, reading order),
 * empty items left out. Text is not Unicode-normalised: what was drawn comes back (U+00A0 stays
 * U+00A0; pdf.js's default would turn it into a space).
 */
export async function extractPdfItems(
  bytes: Bytes,
  options: ExtractOptions = {},
): Promise<PdfTextItem[][]> {
  return withPdf(bytes, async (pdf) => {
    const pages: PdfTextItem[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent({ disableNormalization: true });
      // Fonts reach `commonObjs` only when pdf.js builds the page's drawing operators.
      if (options.fonts) await page.getOperatorList();
      const fontOf = (id: string): string => {
        if (!options.fonts || !page.commonObjs.has(id)) return '';
        const font: unknown = page.commonObjs.get(id);
        const name: unknown =
          typeof font === 'object' && font !== null && 'name' in font ? font.name : undefined;
        return typeof name === 'string' ? name : '';
      };
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [, , c, d, e, f] = item.transform as number[];
        items.push({
          str: item.str,
          x: e ?? 0,
          y: f ?? 0,
          width: item.width,
          size: Math.hypot(c ?? 0, d ?? 0),
          fontName: item.fontName,
          font: fontOf(item.fontName),
        });
      }
      pages.push(items);
      page.cleanup();
    }
    return pages;
  });
}

/**
 * Items joined into lines: items on the same baseline are concatenated, with a space only where
 * there is a visible gap between them (more than a quarter of the font size) and neither side
 * already has one; a change of baseline starts a new line (`\n`).
 */
export function joinItems(items: readonly PdfTextItem[]): string {
  let text = '';
  let previous: PdfTextItem | undefined;
  for (const item of items) {
    if (previous) {
      const size = Math.min(item.size, previous.size) || 1;
      if (Math.abs(item.y - previous.y) > size / 2) {
        text += '\n';
      } else {
        const gap = item.x - (previous.x + previous.width);
        if (gap > size / 4 && !/\s$/u.test(text) && !/^\s/u.test(item.str)) text += ' ';
      }
    }
    text += item.str;
    previous = item;
  }
  return text;
}

/**
 * The text of each page (one string per page, lines separated by `\n`), as pdf.js extracts it.
 * To look for a word that may have been wrapped (a URL, a hash), compare without whitespace:
 * `text.replace(/\s+/g, '')`.
 */
export async function extractPdfText(bytes: Bytes): Promise<string[]> {
  return (await extractPdfItems(bytes)).map(joinItems);
}

/** Page count, page sizes and metadata. */
export async function pdfInfo(bytes: Bytes): Promise<PdfInfo> {
  return withPdf(bytes, async (pdf) => {
    const pageSizes = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      pageSizes.push({ width: x1 - x0, height: y1 - y0 });
    }
    const { info } = await pdf.getMetadata();
    const field = (key: string): string | undefined => {
      const value = (info as Record<string, unknown>)[key];
      return typeof value === 'string' ? value : undefined;
    };
    return {
      pages: pdf.numPages,
      pageSizes,
      title: field('Title'),
      language: field('Language'),
      creator: field('Creator'),
      producer: field('Producer'),
      author: field('Author'),
      subject: field('Subject'),
      keywords: field('Keywords'),
      creationDate: field('CreationDate'),
      modificationDate: field('ModDate'),
    };
  });
}
