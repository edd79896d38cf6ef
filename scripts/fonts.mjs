#!/usr/bin/env node
// `node scripts/fonts.mjs`: regenerates the TrueType fonts that the PDF renderer embeds
// (src/lib/pdf/fonts/*.ttf) from the WOFF 1 files of @fontsource/noto-sans(-mono).
//
// Why: pdf-lib embeds whatever bytes it is given as FontFile2. WOFF bytes "work" but viewers
// cannot draw them (pdf.js: `Required "loca" table is not found`), and subsetting at run time
// crashes @pdf-lib/fontkit. So we unwrap WOFF 1 (one zlib stream per table) back into a plain
// sfnt, subset it here with HarfBuzz's hb-subset (the `subset-font` package, WebAssembly) to the
// characters each face is for, and the app embeds the result whole. The output is deterministic;
// the .ttf files are committed, so neither the build nor the app ever runs this script.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import fontkit from '@pdf-lib/fontkit';
import * as prettier from 'prettier';
import subsetFont from 'subset-font';

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

/**
 * Which characters each face keeps, as a test on a code point the source font maps.
 * - latin: all of fontsource's latin subset (ASCII, Latin-1 with « » é ç œ, punctuation, €).
 * - latin-ext: the letters of other Latin-script names and languages (Latin Extended-A and -B,
 *   IPA, spacing modifiers, combining accents, Latin Extended Additional), currency signs, † and
 *   ℓ. Left out: phonetic extensions (U+1D00–1DBF), Latin Extended-C (U+2C60–2C7F) and -D
 *   (U+A720–A7FF), used by phoneticians and medievalists rather than in names; they halve the
 *   file. The app lists such characters before download and draws them as "�".
 * - mono: only what it draws, SHA-256 digests in lowercase hexadecimal.
 */
const inRange = (from, to) => (cp) => cp >= from && cp <= to;
const any =
  (...tests) =>
  (cp) =>
    tests.some((test) => test(cp));
const LATIN = () => true;
const LATIN_EXT = any(
  inRange(0x100, 0x36f),
  inRange(0x1e00, 0x1eff),
  inRange(0x20a0, 0x20c0),
  (cp) => cp === 0x2020 || cp === 0x2113,
);
const HEX_DIGITS = (cp) => /^[0-9a-f ]$/.test(String.fromCodePoint(cp));
const KEEP = {
  'noto-sans-latin-400.ttf': LATIN,
  'noto-sans-latin-700.ttf': LATIN,
  'noto-sans-latin-ext-400.ttf': LATIN_EXT,
  'noto-sans-latin-ext-700.ttf': LATIN_EXT,
  'noto-sans-mono-latin-400.ttf': HEX_DIGITS,
};

/**
 * The sfnt cut down to the code points `keep` accepts. The layout tables (GSUB, GPOS, GDEF) go:
 * the renderer turns every OpenType feature off (FEATURES_OFF in src/lib/pdf/font-set.ts), so
 * they are never read, and they were a third of each file.
 */
async function subset(sfnt, keep) {
  const codePoints = fontkit.create(sfnt).characterSet.filter(keep);
  const out = await subsetFont(Buffer.from(sfnt), String.fromCodePoint(...codePoints), {
    targetFormat: 'truetype',
    keepFeatures: [],
    dropTables: ['GSUB', 'GPOS', 'GDEF'],
  });
  return new Uint8Array(out);
}

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
 * and what the latin faces alone draw in both weights (so the app fetches latin-ext only for a
 * text that needs it), written as a TypeScript module so that neither question needs font bytes.
 */
async function writeCoverage(ttfs) {
  const union = (a, b) => new Set([...a, ...b]);
  const both = (a, b) => [...a].filter((cp) => b.has(cp));
  const latinRegular = drawable(ttfs['noto-sans-latin-400.ttf']);
  const latinBold = drawable(ttfs['noto-sans-latin-700.ttf']);
  const regular = union(latinRegular, drawable(ttfs['noto-sans-latin-ext-400.ttf']));
  const bold = union(latinBold, drawable(ttfs['noto-sans-latin-ext-700.ttf']));
  const all = both(regular, bold);
  const latin = both(latinRegular, latinBold);
  const source = `// Generated by \`node scripts/fonts.mjs\` from the fonts in ./fonts: do not edit.
/**
 * Code points that the embedded fonts can draw in regular and in bold (Noto Sans latin ∪
 * latin-ext), as inclusive hexadecimal ranges. Controls, surrogates and noncharacters excluded.
 */
export const COVERAGE: readonly string[] = ${JSON.stringify(ranges(all))};

/** The part of {@link COVERAGE} that the latin faces alone draw, in regular and in bold. */
export const LATIN_COVERAGE: readonly string[] = ${JSON.stringify(ranges(latin))};
`;
  const config = (await prettier.resolveConfig(coverageFile)) ?? {};
  writeFileSync(coverageFile, await prettier.format(source, { ...config, filepath: coverageFile }));
  console.log(
    `coverage.ts: ${all.length} code points (regular ${regular.size}, bold ${bold.size}), latin faces alone ${latin.length}`,
  );
}

async function main() {
  mkdirSync(outDir, { recursive: true });
  const ttfs = {};
  for (const [name, source] of Object.entries(FONTS)) {
    const whole = woffToSfnt(new Uint8Array(readFileSync(join(root, source))));
    const ttf = await subset(whole, KEEP[name]);
    writeFileSync(join(outDir, name), ttf);
    ttfs[name] = ttf;
    const font = fontkit.create(ttf);
    console.log(
      `${name}: ${ttf.length} bytes (whole: ${whole.length}), ${font.postscriptName}, ${font.numGlyphs} glyphs, ${font.characterSet.length} characters (from ${source})`,
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
    '(files/*-normal.woff) to plain TrueType and subset with HarfBuzz (subset-font): only the',
    'characters each face is for, without the OpenType layout tables. Regenerate them with',
    '`node scripts/fonts.mjs`. Licence of both families (SIL Open Font License 1.1):',
    '',
    '',
  ].join('\n');
  writeFileSync(join(outDir, 'OFL.txt'), header + sansLicence);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
