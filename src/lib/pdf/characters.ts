/**
 * What happens to each character before it is drawn in a PDF.
 *
 * The embedded fonts (Noto Sans latin + latin-ext) cover French and the other Latin-script
 * languages, not emoji or other scripts. Every string goes through {@link prepareText} first:
 * line breaks become `\n`, spaces become one breakable space ` ` or a non-breaking one, invisible
 * format characters are dropped, and a character no font has becomes U+FFFD (or `?`).
 * {@link unsupportedCharacters} tells the UI, before download, which characters that will be.
 */
import type { Block, Doc, Inline } from '../doc/model.ts';
import { COVERAGE, LATIN_COVERAGE } from './coverage.ts';

/** Does the PDF have a glyph for this code point (in regular and in bold)? */
export type Covers = (codePoint: number) => boolean;

const REPLACEMENT = 0xfffd;
const THIN_SPACE = 0x2009;
const NO_BREAK_SPACE = 0xa0;

/** Forced line breaks: LF, CR, VT, FF, NEL, LINE and PARAGRAPH SEPARATOR (CRLF handled apart). */
const LINE_BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029]);
/** Spaces where a line may break: drawn as U+0020. */
const BREAKING_SPACES = /[\t \u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]/u;
/** Invisible characters dropped outright (controls, zero-width and bidi marks, variation selectors). */
const DROPPED = /[\p{Cc}\p{Default_Ignorable_Code_Point}]/u;
/** Never drawn even if a font maps them. */
const NEVER_DRAWN = /[\p{Cs}\p{Noncharacter_Code_Point}]/u;

/**
 * How a code point is handled: a forced line break, a breakable space, a narrow or plain
 * no-break space, dropped, never drawn (surrogates, noncharacters), or a glyph to draw.
 */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

type Kind = 'break' | 'space' | 'narrow' | 'nbsp' | 'drop' | 'never' | 'glyph';

const kinds = new Map<number, Kind>();

function classify(codePoint: number): Kind {
  if (LINE_BREAKS.has(codePoint)) return 'break';
  const char = String.fromCodePoint(codePoint);
  if (BREAKING_SPACES.test(char)) return 'space';
  if (codePoint === 0x202f) return 'narrow';
  if (codePoint === NO_BREAK_SPACE || codePoint === 0x2007) return 'nbsp';
  if (DROPPED.test(char)) return 'drop';
  if (NEVER_DRAWN.test(char)) return 'never';
  return 'glyph';
}

function kindOf(codePoint: number): Kind {
  // Printable ASCII is most of the text: no lookup.
  if (codePoint > 0x20 && codePoint < 0x7f) return 'glyph';
  let kind = kinds.get(codePoint);
  if (kind === undefined) {
    kind = classify(codePoint);
    kinds.set(codePoint, kind);
  }
  return kind;
}

/** A coverage table of coverage.ts as a lookup, its ranges parsed on first use. */
function rangeLookup(table: readonly string[]): Covers {
  let ranges: Uint32Array | undefined;
  const parse = (): Uint32Array => {
    const parsed = new Uint32Array(table.length * 2);
    table.forEach((range, i) => {
      const [from = '', to = from] = range.split('-');
      parsed[2 * i] = parseInt(from, 16);
      parsed[2 * i + 1] = parseInt(to, 16);
    });
    return parsed;
  };
  return (codePoint) => {
    ranges ??= parse();
    let low = 0;
    let high = ranges.length / 2 - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (codePoint < (ranges[2 * middle] ?? 0)) high = middle - 1;
      else if (codePoint > (ranges[2 * middle + 1] ?? 0)) low = middle + 1;
      else return true;
    }
    return false;
  };
}

/** Whether the fonts shipped with Balise draw this code point (in regular and bold). */
export const shippedFontsCover: Covers = rangeLookup(COVERAGE);

/** Whether the latin faces alone draw this code point (in regular and bold). */
export const latinFacesCover: Covers = rangeLookup(LATIN_COVERAGE);

const drawable = (codePoint: number, covers: Covers) =>
  kindOf(codePoint) === 'glyph' && covers(codePoint);

let segmenter: Intl.Segmenter | undefined;
function graphemes(text: string): Iterable<string> {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

/** Whether every code point of `text` is drawable or handled (spaces, breaks, dropped). */
function allHandled(text: string, covers: Covers): boolean {
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    const kind = kindOf(codePoint);
    if (kind === 'never' || (kind === 'glyph' && !covers(codePoint))) return false;
  }
  return true;
}

/**
 * Text as the PDF renderer draws it: NFC; `\r\n`, `\r`, U+2028… → `\n`; tabs and other breaking
 * spaces → ` `; U+202F (narrow no-break space, which the fonts lack) → thin space U+2009, drawn
 * as a non-breaking space; U+2007 → U+00A0; controls, zero-width and bidi marks, soft hyphens and
 * variation selectors dropped; any grapheme with a character the fonts lack → one U+FFFD (or `?`
 * when even that is missing). After this, the only breakable characters are ` ` and `\n`, and
 * every other character has a glyph.
 */
export function prepareText(text: string, covers: Covers): string {
  // Printable ASCII (dates, URLs, hashes, handles…) is drawn as is when the fonts have it.
  if (PRINTABLE_ASCII.test(text) && covers(0x20) && covers(0x7e)) return text;
  const normal = text.normalize('NFC').replace(/\r\n/g, '\n');
  const replacement = drawable(REPLACEMENT, covers) ? '\ufffd' : '?';
  const narrow = [THIN_SPACE, NO_BREAK_SPACE, 0x20].find((cp) => covers(cp)) ?? 0x20;
  const nbsp = covers(NO_BREAK_SPACE) ? NO_BREAK_SPACE : 0x20;
  // Fast path: nothing to replace. Otherwise go grapheme by grapheme, so that "👍🏽" or "q́"
  // becomes one "�" rather than a "�" per code point or a letter without its accent.
  const fast = allHandled(normal, covers);
  let out = '';
  for (const part of fast ? [normal] : graphemes(normal)) {
    if (!fast && !allHandled(part, covers)) {
      out += replacement;
      continue;
    }
    for (const char of part) {
      const codePoint = char.codePointAt(0) ?? 0;
      switch (kindOf(codePoint)) {
        case 'break':
          out += '\n';
          break;
        case 'space':
          out += ' ';
          break;
        case 'narrow':
          out += String.fromCodePoint(narrow);
          break;
        case 'nbsp':
          out += String.fromCodePoint(nbsp);
          break;
        case 'drop':
          break;
        case 'never': // unreachable: allHandled() is false for these
        case 'glyph':
          out += char;
          break;
      }
    }
  }
  return out;
}

/** Whether `text` is exactly a SHA-256 digest in lowercase hexadecimal (drawn in monospace). */
export function isSha256Hex(text: string): boolean {
  return /^[0-9a-f]{64}$/.test(text);
}

/**
 * The characters of `text` that the PDF cannot draw and will show as "�" (emoji, other scripts),
 * distinct and in order of appearance. Each is a whole grapheme (`'👍🏽'`, `'漢'`), so the UI can
 * show them as the user typed them. Line breaks, spaces and invisible characters are not listed:
 * they are handled, not lost.
 */
export function unsupportedCharacters(text: string): string[] {
  const normal = text.normalize('NFC');
  if (allHandled(normal, shippedFontsCover)) return [];
  const found = new Set<string>();
  for (const grapheme of graphemes(normal)) {
    if (!allHandled(grapheme, shippedFontsCover)) found.add(grapheme);
  }
  return [...found];
}

/** Every string of a document that is drawn, in reading order. */
function docStrings(doc: Doc): string[] {
  const inline = (part: Inline) => (typeof part === 'string' ? part : part.text);
  const block = (b: Block): string[] => {
    switch (b.kind) {
      case 'paragraph':
        return b.parts.map(inline);
      case 'lines':
        return [...b.lines];
      case 'list':
        return b.items.flatMap((item) => item.map(inline));
      case 'table':
        return [b.caption, ...b.columns, ...b.rows.flat()];
    }
  };
  return [
    doc.title,
    ...doc.opening.flatMap(block),
    ...doc.sections.flatMap((section) => [section.title, ...section.blocks.flatMap(block)]),
    ...doc.closing.flatMap(block),
    doc.footer,
    doc.pageNumbers,
  ];
}

/**
 * Whether a document has a character that only the latin-ext faces draw (ł, ş, ř…), so that
 * they must be fetched: a French text never does, a name like « Łukasz » does.
 */
export function needsLatinExt(doc: Doc): boolean {
  return docStrings(doc).some((text) => {
    for (const char of text.normalize('NFC')) {
      const codePoint = char.codePointAt(0) ?? 0;
      if (
        kindOf(codePoint) === 'glyph' &&
        !latinFacesCover(codePoint) &&
        shippedFontsCover(codePoint)
      ) {
        return true;
      }
    }
    return false;
  });
}

/** {@link unsupportedCharacters} over a whole document (distinct, in reading order). */
export function unsupportedCharactersInDoc(doc: Doc): string[] {
  const found = new Set<string>();
  for (const text of docStrings(doc)) {
    for (const char of unsupportedCharacters(text)) found.add(char);
  }
  return [...found];
}
