// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PdfFonts } from '../../../src/lib/pdf/render.ts';

/** A fresh copy of the module (its cache is module state). */
const load = () => import('../../../src/lib/pdf/load-fonts.ts');

const ok = (url: string) =>
  new Response(new TextEncoder().encode(`font at ${url}`), { status: 200 });

describe('loading the PDF fonts in the browser', () => {
  beforeEach(() => {
    vi.resetModules();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('fetches the latin faces for a French text, from the app’s own files, once per session', async () => {
    const fetch = vi.fn((url: string) => Promise.resolve(ok(url)));
    vi.stubGlobal('fetch', fetch);
    const { loadPdfFonts, FONT_URLS } = await load();
    for (const url of Object.values(FONT_URLS)) {
      // Same origin, as the Content-Security-Policy (connect-src 'self') requires.
      expect(url).toMatch(/^\/[^/]/);
      // A file of its own, never inlined as a data: URL (even the 3 kB monospace digits).
      expect(url).toMatch(/\.ttf(\?no-inline)?$/);
    }
    const fonts = await loadPdfFonts({ latinExt: false });
    expect(Object.keys(fonts).sort()).toEqual(['bold', 'mono', 'regular']);
    expect(new TextDecoder().decode(fonts.bold)).toBe(`font at ${FONT_URLS.bold}`);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(fetch).not.toHaveBeenCalledWith(FONT_URLS.regularExt);

    // A name with « ł » later in the session: only the two latin-ext faces are fetched.
    const withExt = await loadPdfFonts({ latinExt: true });
    expect(Object.keys(withExt).sort()).toEqual([
      'bold',
      'boldExt',
      'mono',
      'regular',
      'regularExt',
    ]);
    expect(new TextDecoder().decode(withExt.boldExt)).toBe(`font at ${FONT_URLS.boldExt}`);
    expect(withExt.regular).toBe(fonts.regular);
    await loadPdfFonts({ latinExt: true });
    expect(fetch).toHaveBeenCalledTimes(5);
  });

  it('says which font failed, and tries again on the next call', async () => {
    let fail = true;
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string) =>
        Promise.resolve(
          fail && url.includes('latin-700') ? new Response('', { status: 404 }) : ok(url),
        ),
      ),
    );
    const { loadPdfFonts, FontLoadError } = await load();
    const error: unknown = await loadPdfFonts({ latinExt: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FontLoadError);
    expect(error).toMatchObject({ font: 'bold' satisfies keyof PdfFonts });
    expect((error as Error).message).toContain('"bold"');
    fail = false;
    await expect(loadPdfFonts({ latinExt: false })).resolves.toHaveProperty('bold');
  });

  it('reports a network failure as a font error, keeping its cause', async () => {
    const offline = new TypeError('Failed to fetch');
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(offline)),
    );
    const { loadPdfFonts, FontLoadError } = await load();
    const error: unknown = await loadPdfFonts({ latinExt: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FontLoadError);
    expect((error as Error).cause).toBe(offline);
  });
});
