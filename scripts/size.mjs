#!/usr/bin/env node
// Size budget: everything a first visit loads (index.html and the scripts, preloads and styles
// it references, and the words of the first screens in the visitor's language, src/app/pages.ts
// FIRST_AREAS) must stay under BUDGET bytes of gzip, in every language. Lazy chunks are listed,
// not counted.
// Checked in Chromium on 2026-12-03: `/` loads exactly these files before its first screen is
// drawn; then, the page idle, the next screens (src/app/pages.ts NEXT_PAGES), workbox-window's
// chunk (src/main.tsx registers the worker) and, from the worker, the offline copy reported below.
// Each file is read and compressed once (`gzipOf`), however many of the lists below name it.
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = Number(process.env.BALISE_FIRST_VISIT_BUDGET ?? 100_000);
const dist = 'dist';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const referenced = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
/** A built file's raw and gzip sizes, measured once. */
const measured = new Map();
const sizesOf = (file) => {
  let sizes = measured.get(file);
  if (sizes === undefined) {
    const buffer = readFileSync(join(dist, file));
    sizes = { raw: buffer.length, gzip: gz(buffer) };
    measured.set(file, sizes);
  }
  return sizes;
};
const gzipOf = (file) => sizesOf(file).gzip;
const gzipOfAll = (files) => files.reduce((sum, file) => sum + gzipOf(file), 0);

const rows = [['index.html', Buffer.byteLength(html), gz(html)]];
for (const file of referenced) rows.push([file, sizesOf(file).raw, gzipOf(file)]);
const shell = rows.reduce((sum, [, , g]) => sum + g, 0);

// The first screens' words, per language: what index.html's first-words module preloads (the
// `balise-preload` plugin of vite.config.ts writes the list, from src/app/pages.ts FIRST_AREAS).
const assetNames = readdirSync(join(dist, 'assets'));
const firstModule = assetNames.find((f) => /^first-words-\w+\.js$/.test(f));
if (firstModule === undefined) throw new Error('no first-words module in the build');
const firstList = /const FIRST=(\{.*?\});/.exec(
  readFileSync(join(dist, 'assets', firstModule), 'utf8'),
)?.[1];
if (firstList === undefined) throw new Error(`no FIRST list in ${firstModule}`);
const firstWords = Object.fromEntries(
  Object.entries(JSON.parse(firstList)).map(([locale, files]) => [
    locale,
    files.filter((file) => !referenced.includes(file)),
  ]),
);
const perLocale = Object.fromEntries(
  Object.entries(firstWords).map(([locale, files]) => [locale, shell + gzipOfAll(files)]),
);
const firstVisit = Math.max(...Object.values(perLocale));
const counted = new Set(Object.values(firstWords).flat());
const lazy = assetNames
  .map((f) => `assets/${f}`)
  .filter((f) => /\.(js|css)$/.test(f) && !referenced.includes(f) && !counted.has(f));

for (const [file, raw, g] of rows) console.log(`first visit  ${file}\traw ${raw}\tgzip ${g}`);
for (const [locale, files] of Object.entries(firstWords)) {
  for (const file of files) {
    console.log(`first (${locale})   ${file}\tgzip ${gzipOf(file)}`);
  }
}
for (const file of lazy) {
  console.log(`lazy         ${file}\traw ${sizesOf(file).raw}\tgzip ${gzipOf(file)}`);
}
console.log(
  `first visit total: ${firstVisit} B gzip (budget ${BUDGET} B; ` +
    Object.entries(perLocale)
      .map(([locale, size]) => `${locale} ${size}`)
      .join(', ') +
    ')',
);

// The PDF: what "Télécharger en PDF" downloads on top of the document page — the renderer's code
// (the lazy chunks render-*.js and load-fonts-*.js and the chunks they import that the first visit
// has not loaded) and the fonts src/lib/pdf/load-fonts.ts fetches for a French text (latin
// regular and bold, monospace digits). The latin-ext faces come only for a name with ł, ş…:
// reported apart. Budget: PDF_TARGET bytes of gzip in all (a slow-4G phone fetches it in about
// 2 s), checked like the first visit's.
const PDF_TARGET = 300_000;
const asset = (prefix, ext) => assetNames.filter((f) => f.startsWith(prefix) && f.endsWith(ext));
const pdfCode = new Set();
const visit = (file) => {
  if (pdfCode.has(file) || referenced.includes(file)) return;
  pdfCode.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const [, dep] of code.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) {
    visit(`assets/${dep}`);
  }
};
for (const file of [...asset('render-', '.js'), ...asset('load-fonts-', '.js')]) {
  visit(`assets/${file}`);
}
const pdfFonts = ['noto-sans-latin-400-', 'noto-sans-latin-700-', 'noto-sans-mono-latin-400-']
  .flatMap((prefix) => asset(prefix, '.ttf'))
  .map((f) => `assets/${f}`);
const extFonts = ['noto-sans-latin-ext-400-', 'noto-sans-latin-ext-700-']
  .flatMap((prefix) => asset(prefix, '.ttf'))
  .map((f) => `assets/${f}`);
const pdfCodeGzip = gzipOfAll([...pdfCode]);
const pdfFontsGzip = gzipOfAll(pdfFonts);
const pdfExtGzip = gzipOfAll(extFonts);
const pdfTotal = pdfCodeGzip + pdfFontsGzip;
for (const file of [...pdfCode, ...pdfFonts, ...extFonts]) {
  console.log(`PDF          ${file}\tgzip ${gzipOf(file)}`);
}
console.log(
  `PDF download (French text): ${pdfTotal} B gzip = code ${pdfCodeGzip} + fonts ${pdfFontsGzip} ` +
    `(budget ${PDF_TARGET} B); ` +
    `+ ${pdfExtGzip} B for the latin-ext fonts when a name needs them`,
);

// The offline copy: every file the service worker's precache list names (dist/sw.js), downloaded
// in the background after the first screen has loaded. Reported, not budgeted.
const sw = join(dist, 'sw.js');
const precached = existsSync(sw)
  ? [...new Set([...readFileSync(sw, 'utf8').matchAll(/\{url:"([^"]+)"/g)].map((m) => m[1]))]
  : [];
let precacheRaw = 0;
let precacheGzip = 0;
for (const file of precached) {
  precacheRaw += sizesOf(file).raw;
  precacheGzip += gzipOf(file);
}
console.log(
  `offline copy (precache): ${precached.length} files, ${precacheRaw} B raw, ${precacheGzip} B gzip`,
);
mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/size.json',
  JSON.stringify({
    firstVisitGzip: firstVisit,
    budget: BUDGET,
    precacheFiles: precached.length,
    precacheRaw,
    precacheGzip,
    pdfCodeGzip,
    pdfFontsGzip,
    pdfLatinExtGzip: pdfExtGzip,
    pdfTotalGzip: pdfTotal,
    pdfTarget: PDF_TARGET,
  }),
);
if (firstVisit > BUDGET) {
  console.error(`Over budget by ${firstVisit - BUDGET} B`);
  process.exitCode = 1;
}
if (pdfTotal > PDF_TARGET) {
  console.error(`PDF download over budget by ${pdfTotal - PDF_TARGET} B`);
  process.exitCode = 1;
}
