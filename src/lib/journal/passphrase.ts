/**
 * Passphrase rules for the journal's lock. Someone who takes the phone can copy the database and
 * try passphrases offline, as fast as their hardware allows; PBKDF2 at 600,000 rounds slows each
 * try, but only the passphrase's own unpredictability makes the search hopeless. So: a minimum
 * length, a hint when the phrase looks guessable, and a suggestion of random words.
 */

/** Fewer characters are refused. */
export const MIN_PASSPHRASE_LENGTH = 12;

/** Words in a suggested passphrase (5 words from 512: 45 bits). */
export const SUGGESTED_WORDS = 5;

/** At least this many different words of 3 letters or more read as a strong phrase… */
const STRONG_WORDS = 4;
/** …and so does a phrase this long, of two words or more. */
const STRONG_LENGTH = 24;

/**
 * `too-short`: refused. `weak`: accepted, with a hint (one word, a date, a short sentence: what a
 * guesser tries first). `strong`: several words or a long phrase.
 */
export type PassphraseStrength = 'too-short' | 'weak' | 'strong';

/** How guessable a passphrase looks (a hint, not a measure: chosen words are less random). */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const text = passphrase.trim();
  if (Array.from(text).length < MIN_PASSPHRASE_LENGTH) return 'too-short';
  const words = new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => Array.from(word).length >= 3),
  );
  // A long phrase counts only if it is not one word repeated.
  const long = Array.from(text).length >= STRONG_LENGTH && words.size >= 2;
  return words.size >= STRONG_WORDS || long ? 'strong' : 'weak';
}

/** A uniform random index below `size`, from the browser's cryptographic generator. */
function randomIndex(size: number): number {
  const values = new Uint32Array(1);
  // Rejection sampling: values past the last whole multiple of `size` would favour some words.
  const limit = Math.floor(0x1_0000_0000 / size) * size;
  for (;;) {
    crypto.getRandomValues(values);
    const value = values[0] ?? 0;
    if (value < limit) return value % size;
  }
}

/**
 * `count` words drawn at random (with `crypto.getRandomValues`) from `words`, joined by spaces.
 * @throws RangeError when `words` is empty.
 */
export function suggestPassphrase(words: readonly string[], count = SUGGESTED_WORDS): string {
  if (words.length === 0) throw new RangeError('No words to draw from');
  return Array.from({ length: count }, () => words[randomIndex(words.length)] ?? '').join(' ');
}
