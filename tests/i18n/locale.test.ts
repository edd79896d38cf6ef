import { describe, expect, it } from 'vitest';
import { preferredLocale } from '../../src/i18n/locale.ts';
import { pseudo, pseudoText } from '../../src/i18n/pseudo.ts';
import { activateLocale, loadWords, words } from '../../src/i18n/words.ts';
import { termsOf } from '../../src/lib/markup.ts';

describe('the language Balise starts in', () => {
  it('is the first of the browser’s languages it speaks', () => {
    expect(preferredLocale(['en-GB', 'fr-FR'])).toBe('en');
    expect(preferredLocale(['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(preferredLocale(['EN-us'])).toBe('en');
  });

  it('is French when the browser asks for none it speaks, or for none at all', () => {
    expect(preferredLocale(['de', 'ar'])).toBe('fr');
    expect(preferredLocale([])).toBe('fr');
    // The pseudo-locale is never chosen from a browser.
    expect(preferredLocale(['qps-ploc'])).toBe('fr');
  });
});

describe('the pseudo-locale', () => {
  it('makes each text recognisable and about 40 % longer, between markers', () => {
    const text = 'Garder les preuves';
    const made = pseudoText(text);
    expect(made.startsWith('⟦') && made.endsWith('⟧')).toBe(true);
    expect(made.length).toBeGreaterThanOrEqual(Math.round(text.length * 1.4));
    expect(made).not.toContain('Garder');
  });

  it('keeps placeholders, glossary ids and source ids working', () => {
    const made = pseudoText('Appeler le {number} : [[plainte-contre-x|plainte contre X]]');
    expect(made).toContain('{number}');
    expect(termsOf(made)).toEqual(['plainte-contre-x']);
    expect(pseudo({ sources: ['sp-f1435'], lead: 'Texte' })).toEqual({
      sources: ['sp-f1435'],
      lead: pseudoText('Texte'),
    });
  });
});

describe('the words accessor', () => {
  it('reads the active language’s words, and says which area is missing when one is not loaded', async () => {
    expect(words.ui.home.start).toBe('Commencer');
    activateLocale('en');
    expect(() => words.journal).toThrow('The words of "journal" in "en" are not loaded');
    await loadWords('en', ['ui']);
    expect(words.ui.home.start).toBe('Start');
  });
});

describe('counting words', () => {
  it('follows each language’s plural rules: French says « 0 fichier », English "0 files"', async () => {
    const { counted } = await import('../../src/i18n/plural.ts');
    expect(counted({ one: '{count} fichier', other: '{count} fichiers' }, 0, {}, 'fr')).toBe(
      '0 fichier',
    );
    expect(counted({ one: '{count} file', other: '{count} files' }, 0, {}, 'en')).toBe('0 files');
    expect(counted({ one: '{count} file', other: '{count} files' }, 1, {}, 'en')).toBe('1 file');
  });
});
