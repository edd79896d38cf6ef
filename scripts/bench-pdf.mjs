#!/usr/bin/env node
// `node scripts/bench-pdf.mjs`: time of renderPdf (src/lib/pdf/render.ts) in Node, for a two-page
// complaint letter and for one whose chronology has 1,000 rows and whose exhibits list 500
// SHA-256 hashes. The TypeScript sources are loaded through Vite's SSR module loader (no build,
// nothing to install). Each document is rendered once to warm up, then RUNS times; ends with
// one JSON line:
// {"runs":5,"letter":{"pages":2,"bytes":…,"medianMs":…,"maxMs":…},"big":{…},"coldMs":…}
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { createServer } from 'vite';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ROWS = Number(process.env.BENCH_ROWS ?? 1000);
const HASHES = Number(process.env.BENCH_HASHES ?? 500);
const root = fileURLToPath(new URL('..', import.meta.url));
const fontFile = (name) => new Uint8Array(readFileSync(`${root}src/lib/pdf/fonts/${name}`));

const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  optimizeDeps: { noDiscovery: true, include: [] },
});

try {
  const { renderPdf } = await server.ssrLoadModule('/src/lib/pdf/render.ts');
  const { sampleLetter, bigLetter } = await server.ssrLoadModule('/tests/lib/pdf/sample-docs.ts');
  const fonts = {
    regular: fontFile('noto-sans-latin-400.ttf'),
    bold: fontFile('noto-sans-latin-700.ttf'),
    regularExt: fontFile('noto-sans-latin-ext-400.ttf'),
    boldExt: fontFile('noto-sans-latin-ext-700.ttf'),
    mono: fontFile('noto-sans-mono-latin-400.ttf'),
  };
  const creationDate = new Date('2025-03-14T09:30:00Z');
  const render = (doc) => renderPdf(doc, fonts, { creationDate });

  /** Renders `doc` RUNS times after one warm-up; returns timings, size and page count. */
  const measure = async (name, doc) => {
    const times = [];
    let bytes = await render(doc);
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      bytes = await render(doc);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const pages = (await PDFDocument.load(bytes)).getPageCount();
    const result = {
      pages,
      bytes: bytes.length,
      medianMs: Math.round(times[Math.floor(times.length / 2)]),
      maxMs: Math.round(times[times.length - 1]),
    };
    console.error(name, JSON.stringify(result));
    return result;
  };

  // The very first render pays for parsing the fonts and compiling the code (as in the app).
  const coldStart = performance.now();
  await render(sampleLetter());
  const coldMs = Math.round(performance.now() - coldStart);

  const letter = await measure('letter', sampleLetter());
  const big = await measure(`big (${ROWS} rows, ${HASHES} hashes)`, bigLetter(ROWS, HASHES));
  console.log(JSON.stringify({ runs: RUNS, rows: ROWS, hashes: HASHES, letter, big, coldMs }));
} finally {
  await server.close();
}
