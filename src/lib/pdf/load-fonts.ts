/**
 * The PDF fonts in the browser: same-origin files emitted by Vite (the CSP allows nothing else),
 * fetched the first time a PDF is made. About 380 kB, so not part of the app bundle.
 */
import type { PdfFonts } from './font-set.ts';
import boldExtUrl from './fonts/noto-sans-latin-ext-700.ttf?url';
import regularExtUrl from './fonts/noto-sans-latin-ext-400.ttf?url';
import boldUrl from './fonts/noto-sans-latin-700.ttf?url';
import regularUrl from './fonts/noto-sans-latin-400.ttf?url';
import monoUrl from './fonts/noto-sans-mono-latin-400.ttf?url';

/** Where each font comes from (exported for tests). */
export const FONT_URLS: Readonly<Record<keyof PdfFonts, string>> = {
  regular: regularUrl,
  bold: boldUrl,
  regularExt: regularExtUrl,
  boldExt: boldExtUrl,
  mono: monoUrl,
};

/** A font could not be fetched; `font` says which (the UI shows its own message). */
export class FontLoadError extends Error {
  constructor(
    readonly font: keyof PdfFonts,
    readonly url: string,
    options?: ErrorOptions,
  ) {
    super(`Could not load the PDF font "${font}" from ${url}`, options);
    this.name = 'FontLoadError';
  }
}

let loading: Promise<PdfFonts> | undefined;

async function fetchFont(font: keyof PdfFonts): Promise<Uint8Array> {
  const url = FONT_URLS[font];
  let response: Response;
  try {
    response = await fetch(url);
  } catch (cause) {
    throw new FontLoadError(font, url, { cause });
  }
  if (!response.ok) {
    throw new FontLoadError(font, url, { cause: new Error(`HTTP ${response.status}`) });
  }
  return new Uint8Array(await response.arrayBuffer());
}

async function fetchAll(): Promise<PdfFonts> {
  const [regular, bold, regularExt, boldExt, mono] = await Promise.all([
    fetchFont('regular'),
    fetchFont('bold'),
    fetchFont('regularExt'),
    fetchFont('boldExt'),
    fetchFont('mono'),
  ]);
  return { regular, bold, regularExt, boldExt, mono };
}

/**
 * The five fonts, fetched once and kept for the session. Rejects with a {@link FontLoadError}
 * naming the font that failed; a later call tries again.
 */
export function loadPdfFonts(): Promise<PdfFonts> {
  loading ??= fetchAll().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
