/**
 * Doc → PDF bytes, with pdf-lib. Pure: no DOM, no fetch; the font bytes come from the caller
 * (load-fonts.ts in the browser, the file system in tests and benchmarks).
 */
import { PDFDocument, type PDFName, type PDFPage, type PDFRef } from 'pdf-lib';
import type { Doc } from '../doc/model.ts';
import { embedTrueType } from './embed-font.ts';
import { FACES, FontSet, type Face, type PdfFonts } from './font-set.ts';
import { layoutDoc, type PageOps } from './layout.ts';
import { PAGE, type Rgb } from './page-style.ts';

export type { PdfFonts } from './font-set.ts';
// The UI warns before rendering, from the same module (it is loaded lazily with the renderer).
export { needsLatinExt, unsupportedCharacters, unsupportedCharactersInDoc } from './characters.ts';

export interface RenderOptions {
  /** Creation and modification date written in the PDF (default: now). Fixed in tests. */
  readonly creationDate?: Date;
}

/** Names written in the PDF for each face (fixed, so that the output is deterministic). */
const FONT_NAMES: Readonly<Record<Face, string>> = {
  regular: 'NotoSans-Regular',
  bold: 'NotoSans-Bold',
  regularExt: 'NotoSansLatinExt-Regular',
  boldExt: 'NotoSansLatinExt-Bold',
  mono: 'NotoSansMono-Regular',
};

/**
 * Renders a document as an A4 PDF: selectable text in embedded Noto Sans, a footer and page
 * numbers on every page, title and language in the metadata. Characters no font has are drawn as
 * "�" (see unsupportedCharacters to warn first). The same document, fonts and `creationDate`
 * give the same bytes.
 */
export async function renderPdf(
  doc: Doc,
  fonts: PdfFonts,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const fontSet = new FontSet(fonts);
  const pages = layoutDoc(doc, fontSet);

  const pdf = await PDFDocument.create({ updateMetadata: false });
  // Embed only the faces drawn: each one whole, already subset by scripts/fonts.mjs (see
  // embed-font.ts: no fontkit in the app). A face is drawn only if FontSet has its bytes.
  const used = new Set(
    pages.flatMap((ops) => ops.flatMap((op) => (op.kind === 'text' ? [op.face] : []))),
  );
  const embedded = new Map<Face, PDFRef>();
  for (const face of FACES) {
    if (used.has(face))
      embedded.set(face, embedTrueType(pdf, fontSet.font(face), FONT_NAMES[face]));
  }
  for (const ops of pages) {
    drawPage(pdf, pdf.addPage([PAGE.width, PAGE.height]), ops, embedded, fontSet);
  }

  const date = options.creationDate ?? new Date();
  pdf.setTitle(metadataText(doc.title), { showInWindowTitleBar: true });
  // A malformed tag would mislead screen readers more than none at all.
  if (LANGUAGE_TAG.test(doc.lang)) pdf.setLanguage(doc.lang);
  pdf.setCreator('Balise');
  pdf.setProducer('Balise (pdf-lib)');
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  return pdf.save();
}

/** BCP 47 shape: `fr`, `fr-FR`, `zh-Hant-TW`… */
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text for the document information dictionary, which viewers show with system fonts (so emoji
 * stay): control characters become spaces, unpaired surrogates (invalid UTF-16) become U+FFFD.
 */
function metadataText(text: string): string {
  return text
    .replace(/\p{Cc}+/gu, ' ')
    .replace(LONE_SURROGATE, '\ufffd')
    .trim();
}

/** A number in a content stream: three decimals (1/1000 pt) are plenty, and short. */
const n = (value: number): string => String(Math.round(value * 1000) / 1000);
const color = (c: Rgb): string => `${n(c.r)} ${n(c.g)} ${n(c.b)}`;

/**
 * Writes a page's operations as its content stream: one text object per run of text, font and
 * colour set only when they change, glyphs encoded once per character. Written as text and
 * compressed once, rather than through pdf-lib's `drawText`, which adds a font resource to the
 * page at every call and builds an object per operator: on a 1,000-row table that was most of
 * the time and size.
 */
function drawPage(
  pdf: PDFDocument,
  page: PDFPage,
  ops: PageOps,
  fonts: ReadonlyMap<Face, PDFRef>,
  fontSet: FontSet,
): void {
  const keys = new Map<Face, PDFName>();
  const fontKey = (face: Face): string => {
    let key = keys.get(face);
    if (!key) {
      const font = fonts.get(face);
      if (!font) throw new Error(`font ${face} was not embedded`);
      key = page.node.newFontDictionary(FONT_NAMES[face], font);
      keys.set(face, key);
    }
    return key.toString();
  };
  const out: string[] = [];
  let inText = false;
  let textFace: Face | undefined;
  let textSize = 0;
  let textColor: Rgb | undefined;
  const endTextObject = () => {
    if (inText) out.push('ET');
    inText = false;
    textFace = undefined;
    textColor = undefined;
  };
  for (const op of ops) {
    switch (op.kind) {
      case 'text':
        if (!inText) out.push('BT');
        inText = true;
        if (op.face !== textFace || op.size !== textSize) {
          out.push(`${fontKey(op.face)} ${n(op.size)} Tf`);
          textFace = op.face;
          textSize = op.size;
        }
        if (textColor !== op.color) {
          out.push(`${color(op.color)} rg`);
          textColor = op.color;
        }
        out.push(`1 0 0 1 ${n(op.x)} ${n(op.y)} Tm`, `<${fontSet.encode(op.face, op.text)}> Tj`);
        break;
      case 'rect': {
        endTextObject();
        out.push('q');
        if (op.fill) out.push(`${color(op.fill)} rg`);
        if (op.stroke) out.push(`${color(op.stroke)} RG`, `${n(op.lineWidth)} w`);
        out.push(`${n(op.x)} ${n(op.y)} ${n(op.width)} ${n(op.height)} re`);
        out.push(op.fill && op.stroke ? 'B' : op.fill ? 'f' : 'S', 'Q');
        break;
      }
      case 'line':
        endTextObject();
        out.push(
          'q',
          `${color(op.color)} RG`,
          `${n(op.lineWidth)} w`,
          `${n(op.x1)} ${n(op.y1)} m`,
          `${n(op.x2)} ${n(op.y2)} l`,
          'S',
          'Q',
        );
        break;
    }
  }
  endTextObject();
  if (out.length === 0) return;
  const stream = pdf.context.flateStream(out.join('\n'));
  page.node.addContentStream(pdf.context.register(stream));
}
