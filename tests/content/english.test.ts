import { describe, expect, it } from 'vitest';
import type { Area, Catalogue, Loaders } from '../../src/content/catalogue.ts';
import { CONTACT_LINES } from '../../src/content/contact-lines.ts';
import { loaders as en } from '../../src/content/en/index.ts';
import { loaders as fr } from '../../src/content/fr/index.ts';
import { PLATFORM_IDS, PLATFORM_LINKS } from '../../src/content/platforms.ts';
import { CONTACT_IDS } from '../../src/engine/index.ts';
import { termsOf, textParts } from '../../src/lib/markup.ts';
import { strings } from '../helpers/content-strings.ts';

/**
 * English says what the French says: the same keys and audience variants, the same placeholders
 * and glossary links, the same help-line numbers, article numbers and amounts, and no promise the
 * French does not make. French terms it keeps are marked for screen readers only where the words
 * are shown as rich text.
 */

async function all(loaders: Loaders): Promise<Catalogue> {
  const areas = Object.keys(loaders) as Area[];
  const loaded = await Promise.all(areas.map(async (area) => [area, await loaders[area]()]));
  return Object.fromEntries(loaded) as Catalogue;
}

const french = await all(fr);
const english = await all(en);
const frStrings = new Map(strings(french));
const enStrings = new Map(strings(english));

/** The shape of a value: its keys, array lengths and string places, without the words. */
function shape(value: unknown): unknown {
  if (typeof value === 'string') return 'string';
  if (Array.isArray(value)) return value.map(shape);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]));
  }
  return value;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** The help lines a text names by number ("116 006" as "116006"), never inside a longer number. */
const phoneNumbers = (text: string) =>
  CONTACT_IDS.filter((id) => {
    const digits = CONTACT_LINES[id].tel.replace(/(\d{3})(\d{3})/, '$1\\s?$2');
    // Not an hour: « 17 h » is five in the afternoon.
    return new RegExp(`(?<!\\d\\s?)${digits}(?!\\s?\\d)(?!\\s?h\\b)`, 'u').test(text);
  });
const articles = (text: string) =>
  [
    ...new Set([...text.matchAll(/\b\d+(?:-\d+)+\b|\b[LR]\.? ?\d+(?:-\d+)*\b/g)].map((m) => m[0])),
  ].sort();
const amounts = (text: string) =>
  [...text.matchAll(/(\d[\d  ]*)\s?€/g)].map((m) => (m[1] ?? '').replace(/\D/g, '')).sort();

describe('the English catalogue', () => {
  it('has every area, key, list item and audience variant of the French, and nothing else', () => {
    expect(shape(english)).toEqual(shape(french));
  });

  it('keeps every placeholder of each French text', () => {
    const wrong = [...frStrings].flatMap(([path, text]) => {
      const other = enStrings.get(path) ?? '';
      return placeholders(other).join() === placeholders(text).join() ? [] : [path];
    });
    expect(wrong).toEqual([]);
  });

  it('links the same glossary entries as the French, each of which exists in English', () => {
    const wrong = [...frStrings].flatMap(([path, text]) => {
      const other = enStrings.get(path) ?? '';
      const same =
        [...new Set(termsOf(other))].sort().join() === [...new Set(termsOf(text))].sort().join();
      return same ? [] : [path];
    });
    expect(wrong).toEqual([]);
    const missing = [...enStrings.values()]
      .flatMap(termsOf)
      .filter((id) => !(id in english.plan.glossary));
    expect([...new Set(missing)]).toEqual([]);
  });

  it('gives the same help-line numbers, articles of law and amounts as the French', () => {
    const wrong = [...frStrings].flatMap(([path, text]) => {
      const other = enStrings.get(path) ?? '';
      const differs = [phoneNumbers, articles, amounts].some(
        (read) => read(other).join() !== read(text).join(),
      );
      return differs ? [`${path}: « ${text} » / "${other}"`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('names every platform link in the same order as the French, for the same addresses', () => {
    for (const id of PLATFORM_IDS) {
      expect(english.platforms.guides[id].links, id).toHaveLength(PLATFORM_LINKS[id].length);
      expect(french.platforms.guides[id].links, id).toHaveLength(PLATFORM_LINKS[id].length);
    }
  });

  it('makes no promise the French does not make', () => {
    const promises =
      /(?<!\b(?:not|no|never) )\b(guarantee[ds]?|definitely|certainly|for sure|100 ?%|will (?:always )?be (?:removed|deleted|taken down)|always works?)\b/i;
    const found = [...enStrings].filter(([, text]) => promises.test(text)).map(([path]) => path);
    expect(found).toEqual([]);
  });

  it('marks French words for screen readers only where rich text shows them, and only as French', () => {
    const marked = [...enStrings].filter(([, text]) =>
      textParts(text).some((part) => part.kind === 'lang'),
    );
    expect(marked.length).toBeGreaterThan(0);
    for (const [path, text] of marked) {
      expect(path, path).toMatch(/^(plan|questions)\./);
      for (const part of textParts(text)) {
        if (part.kind === 'lang') expect(part.lang, path).toBe('fr');
      }
    }
  });

  it('counts its strings (reported in the README)', () => {
    expect(enStrings.size).toBe(frStrings.size);
  });
});
