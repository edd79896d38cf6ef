/**
 * The pseudo-locale `qps`: French words made recognisable and longer, to test screens, never shown to
 * users. Each text is accented, padded by about 40 % and framed by ⟦ ⟧, so that a word left in code
 * shows without markers and a layout that cannot take longer words breaks at 320 px. Placeholders
 * (`{name}`), glossary ids and `lang` marks are kept as they are, so the text still works.
 */

const ACCENTS: Readonly<Record<string, string>> = {
  a: 'å',
  c: 'ç',
  e: 'ë',
  i: 'ï',
  n: 'ñ',
  o: 'ø',
  u: 'ü',
  y: 'ÿ',
  A: 'Å',
  E: 'Ë',
  I: 'Ï',
  O: 'Ø',
  U: 'Ü',
};

/** Keeps `{name}` placeholders and the id of `[[id|words]]` marks; accents everything else. */
const KEPT = /(\{\w+\}|\[\[[^|\]]+\|)/;

function accent(text: string): string {
  return text
    .split(KEPT)
    .map((part, index) =>
      index % 2 === 1 ? part : part.replace(/[a-zA-Z]/g, (c) => ACCENTS[c] ?? c),
    )
    .join('');
}

/** One text in the pseudo-locale. */
export function pseudoText(text: string): string {
  if (text.trim() === '') return text;
  const padding = '·'.repeat(Math.max(1, Math.round(text.length * 0.4)));
  return `⟦${accent(text)} ${padding}⟧`;
}

/** Keys that hold ids, not words: they stay as they are. */
const IDS = new Set(['sources']);

/** A whole catalogue in the pseudo-locale, same shape. */
export function pseudo<T>(words: T): T {
  return transform(words) as T;
}

function transform(value: unknown): unknown {
  if (typeof value === 'string') return pseudoText(value);
  if (Array.isArray(value)) return value.map(transform);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, IDS.has(key) ? inner : transform(inner)]),
    );
  }
  return value;
}
