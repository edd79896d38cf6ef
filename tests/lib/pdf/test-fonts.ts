/** The renderer's fonts read from disk (Node: tests and benchmarks; the app fetches them). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PdfFonts } from '../../../src/lib/pdf/render.ts';

const FILES: Readonly<Record<keyof PdfFonts, string>> = {
  regular: 'noto-sans-latin-400.ttf',
  bold: 'noto-sans-latin-700.ttf',
  regularExt: 'noto-sans-latin-ext-400.ttf',
  boldExt: 'noto-sans-latin-ext-700.ttf',
  mono: 'noto-sans-mono-latin-400.ttf',
};

/** Path of a file in src/lib/pdf/fonts. */
export const fontPath = (file: string): string =>
  fileURLToPath(new URL(`../../../src/lib/pdf/fonts/${file}`, import.meta.url));

let cached: Required<PdfFonts> | undefined;

/** The five fonts, read once. */
export function readPdfFonts(): Required<PdfFonts> {
  const read = (face: keyof PdfFonts) => new Uint8Array(readFileSync(fontPath(FILES[face])));
  cached ??= {
    regular: read('regular'),
    bold: read('bold'),
    regularExt: read('regularExt'),
    boldExt: read('boldExt'),
    mono: read('mono'),
  };
  return cached;
}

/** The fonts the app fetches for a text that needs no latin-ext face (any French text). */
export function readLatinFonts(): PdfFonts {
  const { regular, bold, mono } = readPdfFonts();
  return { regular, bold, mono };
}
