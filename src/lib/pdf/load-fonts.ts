/**
 * The PDF fonts in the browser: same-origin files emitted by Vite (the CSP allows nothing else),
 * fetched the first time a PDF is made, not part of the app bundle. A French text needs only the
 * latin faces and the digits of the monospace one (about 27 kB gzip); the latin-ext faces (about
 * 70 kB gzip) are fetched only for a text that has ł, ş, ř… (see needsLatinExt).
 */
import type { Face, PdfFonts } from './font-set.ts';
import boldExtUrl from './fonts/noto-sans-latin-ext-700.ttf?url';
import regularExtUrl from './fonts/noto-sans-latin-ext-400.ttf?url';
import boldUrl from './fonts/noto-sans-latin-700.ttf?url';
import regularUrl from './fonts/noto-sans-latin-400.ttf?url';
// ?no-inline: a file under 4 kB would become a data: URL, which fetch may not read under the CSP.
import monoUrl from './fonts/noto-sans-mono-latin-400.ttf?url&no-inline';

/** Where each font comes from (exported for tests). */
export const FONT_URLS: Readonly<Record<Face, string>> = {
  regular: regularUrl,
  bold: boldUrl,
  regularExt: regularExtUrl,
  boldExt: boldExtUrl,
  mono: monoUrl,
};

/** A font could not be fetched; `font` says which (the UI shows its own message). */
export class FontLoadError extends Error {
  constructor(
    readonly font: Face,
    readonly url: string,
    options?: ErrorOptions,
  ) {
    super(`Could not load the PDF font "${font}" from ${url}`, options);
    this.name = 'FontLoadError';
  }
}

/** Each face fetched at most once per session; a failed fetch is forgotten, to be tried again. */
const loading = new Map<Face, Promise<Uint8Array>>();

async function fetchFont(font: Face): Promise<Uint8Array> {
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

function load(font: Face): Promise<Uint8Array> {
  let bytes = loading.get(font);
  if (!bytes) {
    bytes = fetchFont(font).catch((error: unknown) => {
      loading.delete(font);
      throw error;
    });
    loading.set(font, bytes);
  }
  return bytes;
}

export interface LoadOptions {
  /** Fetch the latin-ext faces too (the text has characters only they draw). */
  readonly latinExt: boolean;
}

/**
 * The fonts a text needs, each fetched once and kept for the session. Rejects with a
 * {@link FontLoadError} naming the font that failed; a later call tries again.
 */
export async function loadPdfFonts({ latinExt }: LoadOptions): Promise<PdfFonts> {
  const [regular, bold, mono, ext] = await Promise.all([
    load('regular'),
    load('bold'),
    load('mono'),
    latinExt ? Promise.all([load('regularExt'), load('boldExt')]) : undefined,
  ]);
  return ext
    ? { regular, bold, mono, regularExt: ext[0], boldExt: ext[1] }
    : { regular, bold, mono };
}
