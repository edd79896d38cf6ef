import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTACT_IDS, OFFENCE_IDS, OFFENCE_RULES, SOURCE_IDS } from '../../src/engine/index.ts';
import { fr } from '../../src/content/fr/plan.ts';
import { journalText } from '../../src/content/fr/journal.ts';
import { frOffences } from '../../src/content/fr/offences.ts';
import { PLATFORM_IDS, PLATFORM_LINKS } from '../../src/content/platforms.ts';
import { CONTACT_LINES } from '../../src/content/contact-lines.ts';
import { SERVICES } from '../../src/content/services.ts';
import { SOURCES } from '../../src/content/sources/index.ts';
import { termsOf } from '../../src/lib/markup.ts';
import { articleNumbers, loadFacts, urlsOf, type Fact } from '../../scripts/facts.mjs';
import { strings } from '../helpers/content-strings.ts';
import { citationsIn, factIdsIn, HEDGE } from '../helpers/fact-citations.ts';

// Everything here reads inside the repository: the content modules, the fact base (docs/facts)
// and the source files under src/.
const root = join(import.meta.dirname, '..', '..');

/** Every French content module (src/content/fr/*.ts), documents.ts included, by file name. */
const modules = Object.entries(
  import.meta.glob<Record<string, unknown>>('../../src/content/fr/*.ts', { eager: true }),
).map(([file, module]) => [file.replace(/^.*\/|\.ts$/g, ''), module] as const);

/** Every string of every content module, its path starting with the file name: "documents.…". */
const allText: [string, string][] = [
  ...modules.flatMap(([name, module]) => strings(module, name)),
  ...strings(SOURCES, 'sources'),
];
/** Fields that hold addresses, numbers, ids or dates rather than words. */
const notWords =
  /\.(url|tel|sms|destination|address|fact|confidence|checked|date|source|sources\[\d+\])$/;
const userText = allText.filter(([path]) => !notWords.test(path));
/** Modules whose strings are filled by code (`{name}`), so braces are expected there. */
const templated = /^(ui|screens|journal|documents|deadlines|verifier|tracker)\./;

const facts: Fact[] = loadFacts();
const factById = new Map(facts.map((fact) => [fact.id, fact]));

describe('fact base (docs/facts)', () => {
  it('is valid: ids unique and in their topic, known confidence, ISO dates, https addresses', () => {
    // loadFacts throws with every problem named; reaching here means none.
    expect(facts.length).toBeGreaterThan(300);
    expect(new Set(facts.map((fact) => fact.file)).size).toBeGreaterThan(10);
  });

  it('hedges or says less in every fact it rates « basse »', () => {
    const basse = facts.filter((fact) => fact.confidence === 'basse');
    expect(basse.length).toBeGreaterThan(5);
    const flat = basse.filter(
      (fact) => !HEDGE.test(`${fact.statement} ${fact.note ?? ''}`) && fact.sources.length > 0,
    );
    expect(flat.map((fact) => fact.id)).toEqual([]);
  });
});

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
        (!templated.test(path) && /[{}]/.test(text)),
    );
    expect(bad).toEqual([]);
  });

  it('says "tu" to a young person, never "vous" — in the plan, the journal and the documents', () => {
    const young = userText.filter(([path]) => path.endsWith('.young'));
    expect(young.length).toBeGreaterThan(20);
    expect(young.filter(([path]) => path.startsWith('documents.')).length).toBeGreaterThan(5);
    expect(young.filter(([, text]) => /\b(vous|votre|vos)\b/i.test(text))).toEqual([]);
  });

  it('does not repeat beliefs the fact base marks as wrong', () => {
    const wrong: [RegExp, string][] = [
      [/trop tard/i, 'time limits are worded as "ask a lawyer", never "too late"'],
      [/outrage en ligne/i, 'offences.online-outrage-struck-down'],
      [
        /doit être accompagné|doivent l’accompagner|accompagné d’un parent pour porter plainte/i,
        'minors.can-file-alone',
      ],
      [/aggrav\w*[^.]*moins de (15|quinze) ans/i, 'minors.aggravated-any-minor'],
      [
        /^(?![\s\S]*(commissaire de justice|nouveau nom|anciennement))[\s\S]*\bhuissier/i,
        'evidence.huissier-renamed',
      ],
      [/24 ?h(eures)? pour (retirer|supprimer)/i, 'removal.no-fixed-deadline'],
      [/0800 ?05 ?1234/, 'emergency.no-source-0800-05-1234'],
      [
        /visioplainte[^.]*(disponible|possible|prenez rendez-vous)/i,
        'complaint.visioplainte-uncertain',
      ],
      [/\bengage sa responsabilité/i, 'dsa.liability-may-be-engaged: « peut engager »'],
    ];
    const found = userText.flatMap(([path, text]) =>
      wrong.filter(([re]) => re.test(text)).map(([, why]) => `${path}: ${why}`),
    );
    expect(found).toEqual([]);
  });

  it('gives every help line a number to dial', () => {
    for (const id of CONTACT_IDS) {
      const line = CONTACT_LINES[id];
      expect(line.tel, id).toMatch(/^\d+$/);
      expect(line.tel, id).toBe(id);
      expect(SOURCE_IDS).toContain(line.source);
    }
    expect(CONTACT_LINES['114'].sms).toBe('114');
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
  });
});

describe('sources and addresses', () => {
  /** The base lists a page once, plus the language parameters observed for it. */
  const bare = (url: string): string =>
    url.replace(/[?&](hl|setln|language|locale)=[\w-]+$/, '').replace(/\/$/, '');
  /** Addresses the app may show: given by a fact it does not rate « basse ». */
  const known = new Set(
    facts.filter((fact) => fact.confidence !== 'basse').flatMap((fact) => urlsOf(fact).map(bare)),
  );

  it('has every source the engine cites, named, dated and rated', () => {
    expect(Object.keys(SOURCES).sort()).toEqual([...SOURCE_IDS].sort());
    for (const id of SOURCE_IDS) {
      const source = SOURCES[id];
      expect(source.title.length, id).toBeGreaterThan(3);
      expect(source.publisher.length, id).toBeGreaterThan(1);
      if (source.date !== undefined) expect(source.date, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('shows users only https addresses that a fact not rated « basse » gives', () => {
    const shown = [
      ...SOURCE_IDS.flatMap((id) => SOURCES[id].url ?? []),
      ...PLATFORM_IDS.flatMap((id) => PLATFORM_LINKS[id].map((link) => link.url)),
      ...Object.values(SERVICES).map((service) => service.url),
      ...allText.flatMap(([path, text]) =>
        path.startsWith('ui.') && path.endsWith('.destination')
          ? [] // the quick-exit page is a neutral site, not a source
          : (text.match(/https?:\/\/[^\s)»"'<>]+/g) ?? []).map((url) => url.replace(/[.,;:]$/, '')),
      ),
    ];
    expect(shown.length).toBeGreaterThan(60);
    expect(shown.filter((url) => !url.startsWith('https://'))).toEqual([]);
    expect([...new Set(shown.filter((url) => !known.has(bare(url))))]).toEqual([]);
  });

  it('gives each platform link the confidence of its fact, never « basse »', () => {
    const byUrl = new Map(facts.flatMap((fact) => (fact.url ? [[bare(fact.url), fact]] : [])));
    const wrong = PLATFORM_IDS.flatMap((id) =>
      PLATFORM_LINKS[id].flatMap((link) => {
        const fact = byUrl.get(bare(link.url));
        return fact?.confidence === link.confidence && link.confidence !== ('basse' as string)
          ? []
          : [`${id} ${link.url}: ${link.confidence} ≠ ${fact?.confidence ?? 'no platform fact'}`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('ties every service link to a fact that gives its address', () => {
    const withFact = allText.filter(([path]) => path.endsWith('.fact'));
    const wrong = withFact.flatMap(([path, id]) => {
      const url = allText.find(([p]) => p === path.replace(/\.fact$/, '.url'))?.[1];
      const fact = factById.get(id);
      if (fact === undefined) return [`${path}: no fact ${id}`];
      return url !== undefined && !urlsOf(fact).map(bare).includes(bare(url))
        ? [`${path}: ${id} does not give ${url}`]
        : [];
    });
    expect(wrong).toEqual([]);
  });
});

describe('article numbers', () => {
  const inBase = new Set(facts.flatMap((fact) => fact.articles.flatMap(articleNumbers)));

  it('cites in content, offences, letters and sources only articles the fact base lists', () => {
    const cited = userText.flatMap(([path, text]) =>
      articleNumbers(text).map((article) => [path, article] as const),
    );
    expect(cited.length).toBeGreaterThan(30);
    expect(cited.some(([path]) => path.startsWith('documents.'))).toBe(true);
    expect(cited.filter(([, article]) => !inBase.has(article)).map((c) => c.join(': '))).toEqual(
      [],
    );
  });

  it('names every offence and gives its reference', () => {
    for (const id of OFFENCE_IDS) {
      expect(frOffences[id].name.trim().length, id).toBeGreaterThan(3);
      expect(frOffences[id].reference.trim().length, id).toBeGreaterThan(3);
    }
    expect(Object.keys(frOffences).sort()).toEqual([...OFFENCE_IDS].sort());
  });

  it('gives the article of every Code pénal source the engine cites for the offence', () => {
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

/** The fact ids a YAML file's comments cite (`# … fact: a.b, c.d …`). */
const factsInYaml = (text: string): string[] =>
  text
    .split('\n')
    .flatMap((line) => (line.includes('#') ? factIdsIn(line.slice(line.indexOf('#'))) : []));

describe('fact: comments', () => {
  const sourceFiles = (dir: string, names = /\.tsx?$/): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && names.test(entry.name))
      .map((entry) => relative(root, join(entry.parentPath, entry.name)));
  const citations = sourceFiles('src').flatMap((file) =>
    citationsIn(readFileSync(join(root, file), 'utf8'), file),
  );

  it('cite only facts that exist, in src/ and in the scenario files', () => {
    expect(citations.length).toBeGreaterThan(100);
    const unknown = citations.flatMap(({ file, line, ids }) =>
      ids.filter((id) => !factById.has(id)).map((id) => `${file}:${line} ${id}`),
    );
    expect(unknown).toEqual([]);
    const scenarios = sourceFiles('tests/engine/scenarios', /\.ya?ml$/).flatMap((file) =>
      factsInYaml(readFileSync(join(root, file), 'utf8')).map((id) => [file, id] as const),
    );
    expect(scenarios.length).toBeGreaterThan(5);
    expect(scenarios.filter(([, id]) => !factById.has(id)).map((s) => s.join(' '))).toEqual([]);
  });

  it('never state a « basse » fact as certain: its sentences hedge', () => {
    const flat = citations
      .filter(({ file }) => file.startsWith('src/content/fr/'))
      .flatMap(({ file, line, ids, strings: sentences }) =>
        ids
          .filter((id) => factById.get(id)?.confidence === 'basse')
          .flatMap((id) =>
            sentences
              .filter((sentence) => !HEDGE.test(sentence))
              .map((sentence) => `${file}:${line} ${id}: ${sentence}`),
          ),
      );
    expect(flat).toEqual([]);
  });

  it('and nothing in code, tests or scripts points at the old fact sheets outside the repository', () => {
    const code = /\.(tsx?|mjs|js|ya?ml)$/;
    const files = ['src', 'tests', 'scripts'].flatMap((dir) => sourceFiles(dir, code));
    expect(files.length).toBeGreaterThan(100);
    const outside = files.filter((file) =>
      /\.\.\/shared|shared\/(legal-facts|platforms)\.md/.test(
        readFileSync(join(root, file), 'utf8'),
      ),
    );
    expect(outside).toEqual([]);
  });
});
