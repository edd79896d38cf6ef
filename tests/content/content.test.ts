import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTACT_IDS, OFFENCE_IDS, OFFENCE_RULES, SOURCE_IDS } from '../../src/engine/index.ts';
import { fr } from '../../src/content/fr/engine.ts';
import { pharosGuide } from '../../src/content/fr/guides.ts';
import { journalText } from '../../src/content/fr/journal.ts';
import { frOffences } from '../../src/content/fr/offences.ts';
import { COMMON_RULES, PLATFORMS, PLATFORM_IDS } from '../../src/content/fr/platforms.ts';
import { frQuestions } from '../../src/content/fr/questions.ts';
import { ui } from '../../src/content/fr/ui.ts';
import { SOURCES } from '../../src/content/sources/index.ts';
import { termsOf } from '../../src/lib/markup.ts';

/** Every string anywhere inside a value, with the path that leads to it. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  }
  return [];
}

const allText = [
  ...strings(frQuestions, 'questions'),
  ...strings(fr, 'plan'),
  ...strings(ui, 'ui'),
  ...strings(PLATFORMS, 'platforms'),
  ...strings(COMMON_RULES, 'rules'),
  ...strings(pharosGuide, 'pharos'),
  ...strings(frOffences, 'offences'),
];
const userText = allText.filter(([path]) => !/\.(url|tel|sms|destination|address)$/.test(path));

const shared = join(import.meta.dirname, '..', '..', '..', 'shared');

describe('French content', () => {
  it('links only to glossary entries that exist', () => {
    const glossary = new Set(Object.keys(fr.glossary));
    const broken = allText.flatMap(([path, text]) =>
      termsOf(text)
        .filter((id) => !glossary.has(id))
        .map((id) => `${path} → ${id}`),
    );
    expect(broken).toEqual([]);
  });

  it('has no empty text and no placeholder left unfilled', () => {
    const bad = userText.filter(
      ([path, text]) =>
        text.trim() === '' ||
        /TODO|FIXME|XXX|\[NOM\]|lorem/i.test(text) ||
        (!path.startsWith('ui.') && /[{}]/.test(text)),
    );
    expect(bad).toEqual([]);
  });

  it('says "tu" to a young person, never "vous"', () => {
    const young = userText.filter(([path]) => path.endsWith('.young'));
    expect(young.length).toBeGreaterThan(20);
    expect(young.filter(([, text]) => /\b(vous|votre|vos)\b/i.test(text))).toEqual([]);
  });

  it('does not repeat beliefs the fact sheet marks as wrong', () => {
    const wrong: [RegExp, string][] = [
      [/trop tard/i, 'time limits are worded as "ask a lawyer", never "too late"'],
      [/outrage en ligne/i, 'the online outrage offence was struck down (2024-866 DC)'],
      [
        /doit être accompagné|doivent l’accompagner|accompagné d’un parent pour porter plainte/i,
        'a minor may file a complaint alone',
      ],
      [
        /aggrav\w*[^.]*moins de (15|quinze) ans/i,
        'harassment of any minor is aggravated, not only under 15',
      ],
      [
        /^(?![\s\S]*(commissaire de justice|nouveau nom|anciennement))[\s\S]*\bhuissier/i,
        'huissiers are now commissaires de justice (2022)',
      ],
      [/24 ?h(eures)? pour (retirer|supprimer)/i, 'the 24-hour removal deadline was struck down'],
      [/0800 ?05 ?1234/, 'no source for this number'],
    ];
    const found = userText.flatMap(([path, text]) =>
      wrong.filter(([re]) => re.test(text)).map(([, why]) => `${path}: ${why}`),
    );
    expect(found).toEqual([]);
  });

  it('gives every help line a number to dial that the fact sheet lists', () => {
    for (const id of CONTACT_IDS) {
      const contact = frQuestions.contacts[id];
      expect(contact.tel, id).toMatch(/^\d+$/);
      expect(contact.tel.replace(/\s/g, ''), id).toBe(id);
      expect(SOURCE_IDS).toContain(contact.source);
    }
    expect(frQuestions.contacts['114'].sms).toBe('114');
  });
});

describe('evidence journal words', () => {
  const journal = strings(journalText, 'journal');
  const variant = /\.(default|young|adult|parent|professional|witness)$/;
  /** Speaks to the reader: "vous", "votre", "vos", or an imperative in -ez ("Notez", "Exportez-le"). */
  const addresses = (text: string): boolean =>
    /\b(vous|votre|vos)\b/i.test(text) ||
    [...text.matchAll(/(?<!\p{L})\p{L}+ez(?!\p{L})/gu)].some(
      ([word]) => !['chez', 'assez'].includes(word.toLowerCase()),
    );
  const textAt = new Map(journal);
  const bases = journal.flatMap(([path]) =>
    path.endsWith('.default') ? [path.slice(0, -'.default'.length)] : [],
  );
  /** `{placeholders}` and `[[glossary|links]]`, in order. */
  const slots = (text: string): string[] => text.match(/\{\w+\}|\[\[[^\]]*\]\]/g) ?? [];

  it('says "tu" to a young person, never "vous"', () => {
    const young = journal.filter(([path]) => path.endsWith('.young'));
    expect(young.length).toBeGreaterThan(20);
    expect(young.filter(([, text]) => addresses(text))).toEqual([]);
  });

  it('has a "tu" variant for every sentence that speaks to the reader', () => {
    const plain = journal.filter(([path, text]) => !variant.test(path) && addresses(text));
    expect(plain, 'plain strings that speak to the reader').toEqual([]);
    const missing = bases.filter(
      (base) => addresses(textAt.get(`${base}.default`) ?? '') && !textAt.has(`${base}.young`),
    );
    expect(missing).toEqual([]);
  });

  it('keeps the same placeholders and links in every variant, and never repeats the default', () => {
    const bad = journal.flatMap(([path, text]) => {
      if (!variant.test(path) || path.endsWith('.default')) return [];
      const original = textAt.get(path.replace(variant, '.default')) ?? '';
      return text === original || slots(text).join() !== slots(original).join() ? [path] : [];
    });
    expect(bad).toEqual([]);
    const glossary = new Set(Object.keys(fr.glossary));
    expect(journal.flatMap(([, text]) => termsOf(text).filter((id) => !glossary.has(id)))).toEqual(
      [],
    );
  });
});

/**
 * The sheets shorten a run of addresses in one folder: "https://a.fr/x/1 (…) ; …/2" stands for
 * https://a.fr/x/2. Spells each "…/" out with the folder of the full address before it on the
 * line; an address shortened in its middle ("https://a.fr/…/2") stays unusable.
 */
function expandShortenedAddresses(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let folder = '';
      return line.replace(/https?:\/\/\S+|…\/\S+/g, (address) => {
        if (address.startsWith('…/')) return `${folder}/${address.slice(2)}`;
        folder = address.slice(0, address.lastIndexOf('/'));
        return address;
      });
    })
    .join('\n');
}

describe('sources', () => {
  it('name, date and rate every source the engine cites', () => {
    for (const id of SOURCE_IDS) {
      const source = SOURCES[id];
      expect(source.title.length, id).toBeGreaterThan(3);
      expect(source.publisher.length, id).toBeGreaterThan(1);
      if (source.date !== undefined) expect(source.date, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('use only addresses found in the fact sheets (no address from memory)', () => {
    expect(existsSync(shared), `the fact sheets are expected in ${shared}`).toBe(true);
    const text =
      readFileSync(join(shared, 'legal-facts.md'), 'utf8') +
      readFileSync(join(shared, 'platforms.md'), 'utf8');
    const sheets = `${text}\n${expandShortenedAddresses(text)}`;
    const urls = [
      ...SOURCE_IDS.flatMap((id) => SOURCES[id].url ?? []),
      ...PLATFORM_IDS.flatMap((id) => PLATFORMS[id].links.map((link) => link.url)),
      pharosGuide.address,
    ];
    // The sheets list each page once and the language parameters they observed (§ 1).
    const bare = (url: string) => url.replace(/[?&](hl|setln|language|locale)=[\w-]+$/, '');
    const unknown = urls.filter((url) => !sheets.includes(bare(url).replace(/\/$/, '')));
    expect(unknown).toEqual([]);
  });

  it('show only reliable platform addresses, with the date they were checked', () => {
    for (const id of PLATFORM_IDS) {
      for (const link of PLATFORMS[id].links) {
        expect(['haute', 'moyenne'], `${id} ${link.url}`).toContain(link.confidence);
        expect(link.url, id).toMatch(/^https:\/\//);
        expect(link.checked, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});

describe('offence words', () => {
  const sheet = existsSync(shared) ? readFileSync(join(shared, 'legal-facts.md'), 'utf8') : '';

  it('name every offence and give its reference', () => {
    for (const id of OFFENCE_IDS) {
      expect(frOffences[id].name.trim().length, id).toBeGreaterThan(3);
      expect(frOffences[id].reference.trim().length, id).toBeGreaterThan(3);
    }
    expect(Object.keys(frOffences).sort()).toEqual([...OFFENCE_IDS].sort());
  });

  it('cite only articles the fact sheet lists (no article from memory)', () => {
    expect(sheet.length, `the fact sheet is expected in ${shared}`).toBeGreaterThan(0);
    const cited = Object.values(frOffences).flatMap(
      ({ reference }) => reference.match(/\bR?\d{3}-\d+(?:-\d+)*\b/g) ?? [],
    );
    expect(cited.length).toBeGreaterThan(10);
    const listed = (article: string): boolean =>
      new RegExp(`(?<![\\w-])${article}(?![\\w-])`).test(sheet);
    expect(cited.filter((article) => !listed(article))).toEqual([]);
  });

  it('give the article of every Code pénal source the engine cites for the offence', () => {
    for (const row of OFFENCE_RULES) {
      const articles = row.sources.flatMap((source) =>
        /^cp-\d/.test(source) ? [source.slice('cp-'.length)] : [],
      );
      for (const article of articles) {
        expect(frOffences[row.offence].reference, row.offence).toMatch(
          new RegExp(`\\b${article}\\b(?!-)`),
        );
      }
    }
  });
});
