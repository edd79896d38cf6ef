#!/usr/bin/env node
// `node scripts/fonts.mjs`: regenerates the TrueType fonts that the PDF renderer embeds
// (src/lib/pdf/fonts/*.ttf) from the WOFF 1 files of @fontsource/noto-sans(-mono).
//
// Why: pdf-lib embeds whatever bytes it is given as FontFile2. WOFF bytes "work" but viewers
// cannot draw them (pdf.js: `Required "loca" table is not found`), and subsetting these fonts
// crashes @pdf-lib/fontkit. So we unwrap WOFF 1 (one zlib stream per table) back into a plain
// sfnt and embed that whole. The output is deterministic; the .ttf files are committed, so the
// app never runs this script at build time.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import fontkit from '@pdf-lib/fontkit';
import * as prettier from 'prettier';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'src/lib/pdf/fonts');
const coverageFile = join(root, 'src/lib/pdf/coverage.ts');

/** Output file → source WOFF file (relative to the project root). */
const FONTS = {
  'noto-sans-latin-400.ttf':
    'node_modules/@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
  'noto-sans-latin-700.ttf':
    'node_modules/@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff',
  'noto-sans-latin-ext-400.ttf':
    'node_modules/@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff',
  'noto-sans-latin-ext-700.ttf':
    'node_modules/@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff',
  'noto-sans-mono-latin-400.ttf':
    'node_modules/@fontsource/noto-sans-mono/files/noto-sans-mono-latin-400-normal.woff',
};

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER_SIZE = 44;
const WOFF_ENTRY_SIZE = 20;
const SFNT_HEADER_SIZE = 12;
const SFNT_RECORD_SIZE = 16;

const pad4 = (n) => (n + 3) & ~3;

/** OpenType table checksum: sum of big-endian uint32 words, zero-padded, modulo 2^32. */
function checksum(bytes) {
  const padded = new Uint8Array(pad4(bytes.length));
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/**
 * WOFF 1 → sfnt (TrueType/OpenType), as in the WOFF 1.0 spec, section 5 ("decoding").
 * Throws on anything that is not a well-formed WOFF 1 file.
 */
export function woffToSfnt(woff) {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < WOFF_HEADER_SIZE || view.getUint32(0) !== WOFF_SIGNATURE) {
    throw new Error('not a WOFF 1 file (WOFF2 is not supported)');
  }
  const flavor = view.getUint32(4);
  const numTables = view.getUint16(12);
  const tables = [];
  for (let i = 0; i < numTables; i++) {
    const at = WOFF_HEADER_SIZE + i * WOFF_ENTRY_SIZE;
    const tag = view.getUint32(at);
    const offset = view.getUint32(at + 4);
    const compLength = view.getUint32(at + 8);
    const origLength = view.getUint32(at + 12);
    const origChecksum = view.getUint32(at + 16);
    if (offset + compLength > woff.byteLength) throw new Error('table runs past the end');
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? new Uint8Array(inflateSync(stored)) : stored;
    if (data.length !== origLength) throw new Error('table length does not match');
    tables.push({ tag, data, origChecksum });
  }
  // The sfnt table directory must be sorted by tag (WOFF keeps that order, but be sure).
  tables.sort((a, b) => a.tag - b.tag);

  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= numTables) entrySelector++;
  const searchRange = 2 ** entrySelector * 16;
  const rangeShift = numTables * 16 - searchRange;

  const directorySize = SFNT_HEADER_SIZE + numTables * SFNT_RECORD_SIZE;
  const total = tables.reduce((size, table) => size + pad4(table.data.length), directorySize);
  const out = new Uint8Array(total);
  const outView = new DataView(out.buffer);
  outView.setUint32(0, flavor);
  outView.setUint16(4, numTables);
  outView.setUint16(6, searchRange);
  outView.setUint16(8, entrySelector);
  outView.setUint16(10, rangeShift);

  const HEAD = 0x68656164; // 'head'
  let headOffset = -1;
  let offset = directorySize;
  tables.forEach((table, i) => {
    const data = new Uint8Array(table.data);
    if (table.tag === HEAD) {
      // checkSumAdjustment (offset 8) is zero while the checksums are computed.
      new DataView(data.buffer).setUint32(8, 0);
      headOffset = offset;
    }
    const sum = checksum(data);
    if (table.tag !== HEAD && sum !== table.origChecksum) {
      throw new Error(`checksum mismatch in table ${tagName(table.tag)}`);
    }
    const record = SFNT_HEADER_SIZE + i * SFNT_RECORD_SIZE;
    outView.setUint32(record, table.tag);
    outView.setUint32(record + 4, sum);
    outView.setUint32(record + 8, offset);
    outView.setUint32(record + 12, data.length);
    out.set(data, offset); // padding bytes stay zero
    offset += pad4(data.length);
  });
  if (headOffset < 0) throw new Error('no head table');
  outView.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

function tagName(tag) {
  return String.fromCharCode(tag >>> 24, (tag >>> 16) & 255, (tag >>> 8) & 255, tag & 255);
}

/** Code points a font maps to a glyph, without controls, surrogates and noncharacters. */
function drawable(ttf) {
  const never = /[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/u;
  return new Set(
    fontkit.create(ttf).characterSet.filter((cp) => !never.test(String.fromCodePoint(cp))),
  );
}

/** Sorted code points → `['20-7e', 'a0', …]` (hex, inclusive ranges). */
function ranges(codePoints) {
  const sorted = [...codePoints].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    const from = sorted[i].toString(16);
    out.push(i === j ? from : `${from}-${sorted[j].toString(16)}`);
    i = j + 1;
  }
  return out;
}

/**
 * What the PDF can draw in both weights: (latin ∪ latin-ext) at 400 ∩ (latin ∪ latin-ext) at 700,
 * written as a TypeScript module so that `unsupportedCharacters` needs no font bytes.
 */
async function writeCoverage(ttfs) {
  const union = (a, b) => new Set([...a, ...b]);
  const regular = union(
    drawable(ttfs['noto-sans-latin-400.ttf']),
    drawable(ttfs['noto-sans-latin-ext-400.ttf']),
  );
  const bold = union(
    drawable(ttfs['noto-sans-latin-700.ttf']),
    drawable(ttfs['noto-sans-latin-ext-700.ttf']),
  );
  const both = [...regular].filter((cp) => bold.has(cp));
  const source = `// Generated by \`node scripts/fonts.mjs\` from the fonts in ./fonts: do not edit.
/**
 * Code points that the embedded fonts can draw in regular and in bold (Noto Sans latin ∪
 * latin-ext), as inclusive hexadecimal ranges. Controls, surrogates and noncharacters excluded.
 */
export const COVERAGE: readonly string[] = ${JSON.stringify(ranges(both))};
`;
  const config = (await prettier.resolveConfig(coverageFile)) ?? {};
  writeFileSync(coverageFile, await prettier.format(source, { ...config, filepath: coverageFile }));
  console.log(
    `coverage.ts: ${both.length} code points (regular ${regular.size}, bold ${bold.size})`,
  );
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const ttfs = {};
  for (const [name, source] of Object.entries(FONTS)) {
    const ttf = woffToSfnt(new Uint8Array(readFileSync(join(root, source))));
    writeFileSync(join(outDir, name), ttf);
    ttfs[name] = ttf;
    const font = fontkit.create(ttf);
    console.log(
      `${name}: ${ttf.length} bytes, ${font.postscriptName}, ${font.numGlyphs} glyphs (from ${source})`,
    );
  }
  await writeCoverage(ttfs);

  const sansLicence = readFileSync(
    join(root, 'node_modules/@fontsource/noto-sans/LICENSE'),
    'utf8',
  );
  const monoPackage = JSON.parse(
    readFileSync(join(root, 'node_modules/@fontsource/noto-sans-mono/package.json'), 'utf8'),
  );
  const sansPackage = JSON.parse(
    readFileSync(join(root, 'node_modules/@fontsource/noto-sans/package.json'), 'utf8'),
  );
  const header = [
    'Fonts embedded in the PDFs made by Balise: Noto Sans (latin, latin-ext; 400, 700) and',
    'Noto Sans Mono (latin; 400), converted from the WOFF files of the npm packages',
    `@fontsource/noto-sans ${sansPackage.version} and @fontsource/noto-sans-mono ${monoPackage.version}`,
    '(files/*-normal.woff) to plain TrueType, unchanged otherwise. Regenerate them with',
    '`node scripts/fonts.mjs`. Licence of both families (SIL Open Font License 1.1):',
    '',
    '',
  ].join('\n');
  writeFileSync(join(outDir, 'OFL.txt'), header + sansLicence);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
