import { afterEach, describe, expect, it, vi } from 'vitest';
import { PASSPHRASE_WORDS } from '../../../src/content/fr/passphrase-words.ts';
import {
  MIN_PASSPHRASE_LENGTH,
  passphraseStrength,
  suggestPassphrase,
} from '../../../src/lib/journal/passphrase.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('passphrase strength', () => {
  it('refuses fewer than the minimum, spaces around not counted', () => {
    expect(MIN_PASSPHRASE_LENGTH).toBeGreaterThanOrEqual(12);
    expect(passphraseStrength('motdepasse1')).toBe('too-short');
    expect(passphraseStrength('   azerty1234   ')).toBe('too-short');
  });

  it('calls a single long word or a short sentence weak, several words strong', () => {
    expect(passphraseStrength('anticonstitution')).toBe('weak');
    expect(passphraseStrength('le 12/03/2008 !')).toBe('weak');
    expect(passphraseStrength('tulipe radis gondole phare')).toBe('strong');
    expect(passphraseStrength('tulipe tulipe tulipe tulipe')).toBe('weak');
  });
});

describe('suggested passphrase', () => {
  it('draws five words of the list with the cryptographic generator', () => {
    const random = vi.spyOn(crypto, 'getRandomValues');
    const words = suggestPassphrase(PASSPHRASE_WORDS).split(' ');
    expect(words).toHaveLength(5);
    for (const word of words) expect(PASSPHRASE_WORDS).toContain(word);
    expect(random).toHaveBeenCalled();
    expect(passphraseStrength(words.join(' '))).toBe('strong');
  });

  it('redraws a value that would favour the first words (no modulo bias)', () => {
    const draws = [0xffff_ffff, 513, 2];
    vi.spyOn(crypto, 'getRandomValues').mockImplementation((array) => {
      new Uint32Array(array.buffer, array.byteOffset, 1)[0] = draws.shift() ?? 0;
      return array;
    });
    // With 3 words, 0xffffffff lies past the last whole multiple of 3 below 2^32: redrawn.
    expect(suggestPassphrase(['a', 'b', 'c'], 1)).toBe('a');
    expect(suggestPassphrase(['a', 'b', 'c'], 1)).toBe('c');
  });

  it('has 512 different words, plain letters only', () => {
    expect(new Set(PASSPHRASE_WORDS).size).toBe(512);
    for (const word of PASSPHRASE_WORDS) expect(word).toMatch(/^[a-z]{3,10}$/);
  });
});
