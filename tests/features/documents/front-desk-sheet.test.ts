import { describe, expect, it } from 'vitest';
import { shortAddress } from '../../../src/features/documents/build/front-desk-sheet.ts';
import { formatShortDay } from '../../../src/common/format.ts';

describe('the front-desk sheet’s exhibits table', () => {
  it('shows an address without its scheme and www, whole when it is short', () => {
    expect(shortAddress(' https://www.instagram.com/p/C3xYz_AbCdEf/ ')).toBe(
      'instagram.com/p/C3xYz_AbCdEf/',
    );
    expect(shortAddress('http://example.org/a')).toBe('example.org/a');
  });

  it('keeps the start and the end of a long address, which tell posts apart', () => {
    const long = 'https://www.tiktok.com/@compte.harceleur_2026/video/7301234567890123456';
    const short = shortAddress(long);
    expect(Array.from(short)).toHaveLength(50);
    expect(short.startsWith('tiktok.com/@compte')).toBe(true);
    expect(short.endsWith('7890123456')).toBe(true);
    expect(short).toContain('…');
    // Characters outside the BMP are never cut in half.
    expect(shortAddress(`https://example.org/${'😀'.repeat(60)}`)).not.toMatch(
      /[\ud800-\udfff]…|…[\udc00-\udfff]/u,
    );
  });

  it('dates the acts in figures, in French', () => {
    expect(formatShortDay('2026-09-10', 'fr')).toBe('10/09/2026');
    expect(formatShortDay('pas une date', 'fr')).toBe('pas une date');
  });
});
