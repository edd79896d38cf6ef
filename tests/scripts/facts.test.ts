import { describe, expect, it } from 'vitest';
import { articleNumbers, staleFacts, validate, type Fact } from '../../scripts/facts.mjs';
import { citationsIn, factIdsIn, HEDGE } from '../helpers/fact-citations.ts';

const fact = (over: Partial<Fact> = {}): Fact => ({
  id: 'evidence.capture-date',
  statement: 'Une capture montre la date et l’heure.',
  articles: [],
  sources: [{ publisher: 'Service-public.fr', url: 'https://www.service-public.gouv.fr/x' }],
  confidence: 'haute',
  checked: '2026-12-01',
  file: 'evidence.yaml',
  ...over,
});
/** The problems `validate` finds in evidence.yaml holding these facts (as written in YAML). */
const check = (...facts: Partial<Fact>[]): string[] =>
  validate([
    {
      file: 'evidence.yaml',
      data: facts.map((over) =>
        Object.fromEntries(Object.entries(fact(over)).filter(([key]) => key !== 'file')),
      ),
    },
  ]);

describe('fact base validation', () => {
  it('accepts a complete fact', () => {
    expect(check({})).toEqual([]);
  });

  it('names a repeated id, an id outside its file, an unknown confidence and a bad date', () => {
    expect(check({}, {})).toEqual([expect.stringContaining('already used')]);
    expect(check({ id: 'pharos.address' })).toEqual([expect.stringContaining('topic')]);
    expect(check({ confidence: 'élevée' as Fact['confidence'] })).toEqual([
      expect.stringContaining('confidence'),
    ]);
    expect(check({ checked: '01/12/2026' })).toEqual([expect.stringContaining('checked')]);
    expect(check({ checked: '2026-02-30' })).toEqual([expect.stringContaining('checked')]);
  });

  it('refuses an address that is not https and an article no number can be read from', () => {
    expect(check({ url: 'http://www.cnil.fr/' })).toEqual([expect.stringContaining('https')]);
    expect(check({ sources: [{ publisher: 'CNIL', url: 'www.cnil.fr' }] })).toEqual([
      expect.stringContaining('https'),
    ]);
    expect(check({ articles: ['le code pénal'] })).toEqual([
      expect.stringContaining('article number'),
    ]);
  });
});

describe('stale facts', () => {
  it('lists, oldest first, only the facts checked more than 12 months before today', () => {
    const facts = [
      fact({ id: 'evidence.a', checked: '2025-12-01' }),
      fact({ id: 'evidence.b', checked: '2025-11-30' }),
      fact({ id: 'evidence.c', checked: '2024-06-01' }),
    ];
    expect(staleFacts(facts, '2026-12-01').map((f) => f.id)).toEqual(['evidence.c', 'evidence.b']);
    expect(staleFacts(facts, '2026-12-01', 24).map((f) => f.id)).toEqual(['evidence.c']);
  });
});

describe('article numbers', () => {
  it('reads the ways the content and the base write an article', () => {
    expect(articleNumbers('C. pén. 222-33-2-2')).toEqual(['222-33-2-2']);
    expect(articleNumbers('articles R621-1 et R621-2 du Code pénal')).toEqual(['R621-1', 'R621-2']);
    expect(articleNumbers('articles 29, 32 et 33 de la loi de 1881')).toEqual(['29', '32', '33']);
    expect(articleNumbers('Code du travail, art. L. 1152-1')).toEqual(['L1152-1']);
    expect(articleNumbers('CPP 40 al. 1')).toEqual(['40']);
    expect(articleNumbers('le décret n° 2023-782 du 16 août 2023')).toEqual(['2023-782']);
    expect(articleNumbers('décision 2024-866 DC')).toEqual(['2024-866']);
  });

  it('does not read ages, dates or addresses as articles', () => {
    expect(articleNumbers('entre 15-17 ans, vérifié le 2026-11-22')).toEqual([]);
    expect(articleNumbers('https://discord.com/moderation/360058643194-104:-How')).toEqual([]);
  });
});

describe('fact: comments', () => {
  const source = [
    'export const words = {',
    '  // fact: evidence.constat-price-unknown',
    '  price: {',
    "    default: 'Un constat coûte 90 €.',",
    "    young: 'Un constat peut coûter cher.',",
    '  },',
    "  other: 'Une phrase sans fait.',",
    "  next: 'Un constat se demande à un commissaire de justice.', // fact: evidence.commissaire-de-justice",
    '};',
  ].join('\n');

  it('ties a comment to the entry after it, or to its own line', () => {
    expect(citationsIn(source, 'words.ts')).toEqual([
      {
        file: 'words.ts',
        line: 2,
        ids: ['evidence.constat-price-unknown'],
        strings: ['Un constat coûte 90 €.', 'Un constat peut coûter cher.'],
      },
      {
        file: 'words.ts',
        line: 8,
        ids: ['evidence.commissaire-de-justice'],
        strings: ['Un constat se demande à un commissaire de justice.'],
      },
    ]);
  });

  it('reads every id of a comment, separated by commas or repeated fact:', () => {
    expect(
      factIdsIn('# Partners (fact: partners.who-is-a-partner, adults.protection-order).'),
    ).toEqual(['partners.who-is-a-partner', 'adults.protection-order']);
    expect(factIdsIn('// (fact: witness.routes, fact: witness.report-to-procureur)')).toEqual([
      'witness.routes',
      'witness.report-to-procureur',
    ]);
    expect(factIdsIn('// the facts of docs/facts')).toEqual([]);
  });

  it('tells a hedged sentence from a flat one', () => {
    expect(HEDGE.test('Un constat coûte 90 €.')).toBe(false);
    expect(HEDGE.test('Un constat peut coûter cher.')).toBe(true);
    expect(HEDGE.test('La plainte en ligne n’est pas possible à ce jour.')).toBe(true);
  });
});
