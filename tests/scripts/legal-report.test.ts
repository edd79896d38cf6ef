// @vitest-environment jsdom
// (the report is read back as a page, with DOMParser)
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fr } from '../../src/content/fr/plan.ts';
import { PLATFORMS } from '../../src/content/fr/platforms.ts';
import {
  ACTION_IDS,
  ATTACHMENT_POLICIES,
  CONTACT_IDS,
  DOCUMENT_IDS,
  OFFENCE_IDS,
  QUESTIONS,
  REASON_IDS,
  STEP_IDS,
  WARNING_IDS,
} from '../../src/engine/index.ts';
import { plainText } from '../../src/i18n/voice.ts';
import { collect } from '../../scripts/legal-report/collect.ts';
import { AUDIENCE_IDS } from '../../scripts/legal-report/html.ts';
import { articleKeys, factCommentsIn } from '../../scripts/legal-report/links.ts';
import type { Fact, ReportInput } from '../../scripts/legal-report/model.ts';
import { renderReport } from '../../scripts/legal-report/render.ts';

/**
 * `npm run legal:report` on the real rules, content, scenarios and fact base: what a lawyer
 * reviewing the page relies on. The page is parsed as a browser would.
 */

const root = join(import.meta.dirname, '../..');
const TODAY = '2026-12-02';

const fact = (partial: Partial<Fact> & { id: string }): Fact => ({
  statement: `Énoncé de test ${partial.id}`,
  articles: [],
  sources: [],
  confidence: 'haute',
  checked: '2026-12-01',
  file: 'docs/facts/test.yaml',
  ...partial,
});

let real: ReportInput;
let page: Document;
let html: string;

/** Every element with an id, and every link of the contents, looked up once. */
let byId: Map<string, Element>;
let contents: Set<string>;

const section = (id: string): Element => {
  const found = byId.get(id);
  if (found === undefined) throw new Error(`no section #${id}`);
  return found;
};

/** Rendering and parsing the whole page takes a few seconds, more on a busy machine. */
const SLOW = 60_000;

beforeAll(() => {
  real = collect(root, 'abc1234', TODAY);
  html = renderReport(real);
  page = new DOMParser().parseFromString(html, 'text/html');
  byId = new Map([...page.querySelectorAll('[id]')].map((e) => [e.id, e]));
  contents = new Set(
    [...page.querySelectorAll('nav a[href]')].map((a) => a.getAttribute('href') ?? ''),
  );
}, SLOW);

describe('legal report', () => {
  it('says which commit and day it describes', () => {
    const header = page.querySelector('header')?.textContent ?? '';
    expect(header).toContain('abc1234');
    expect(header).toContain(TODAY);
  });

  it.each([
    ['question', QUESTIONS.map((q) => q.id)],
    ['step', STEP_IDS],
    ['reason', REASON_IDS],
    ['action', ACTION_IDS],
    ['warning', WARNING_IDS],
    ['contact', CONTACT_IDS],
    ['document', DOCUMENT_IDS],
    ['offence', OFFENCE_IDS],
    ['attachment', ATTACHMENT_POLICIES],
    ['platform', Object.keys(PLATFORMS)],
    ['term', Object.keys(fr.glossary)],
  ] as const)('gives every %s its own numbered section with a sign-off box', (kind, ids) => {
    for (const id of ids) {
      const s = section(`${kind}-${id}`);
      expect(s.querySelector('h3')?.textContent, id).toMatch(/^\d+\.\d+ /);
      expect(s.querySelector('.signoff'), id).not.toBeNull();
      expect(contents.has(`#${kind}-${id}`), `${id} in contents`).toBe(true);
    }
  });

  it('renders every document for every audience', () => {
    for (const document of DOCUMENT_IDS) {
      for (const audience of AUDIENCE_IDS) {
        const s = section(`letter-${document}-${audience}`);
        expect(
          s.querySelector('.sheet .doc-title')?.textContent,
          `${document} / ${audience}`,
        ).not.toBe('');
        expect(s.querySelector('.missing'), `${document} / ${audience} built`).toBeNull();
        expect(s.querySelector('.signoff')).not.toBeNull();
      }
    }
  });

  it('shows the young and the adult words side by side', () => {
    const [id, words] = Object.entries(fr.actions).find(
      ([, a]) => typeof a.text !== 'string' && a.text.young !== undefined,
    ) ?? ['', undefined];
    expect(words).toBeDefined();
    const text = section(`action-${id}`).textContent;
    const voiced = words?.text as { default: string; young: string };
    expect(text).toContain(plainText(voiced.young));
    expect(text).toContain(plainText(voiced.default));
    expect(text).toContain('«\u00a0tu\u00a0»');
  });

  it('lists the scenarios that assert an action under that action', () => {
    const scenario = real.scenarios.find(
      (s) => typeof s.expect['actions'] === 'object' && s.expect['actions'] !== null,
    );
    const actions = Object.values(scenario?.expect['actions'] as Record<string, string[]>).flat();
    const action = actions[0] ?? '';
    expect(section(`action-${action}`).textContent).toContain(scenario?.name);
  });

  it('loads nothing: no script, stylesheet link, image or frame, and no URL in its style', () => {
    // Escaped text can never open a tag, so the page's own markup is all there is to check.
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed|source|audio|video)\b/i);
    expect(html).not.toMatch(/\s(src|srcset)=/i);
    const style = [...page.querySelectorAll('style')].map((s) => s.textContent).join('');
    expect(style).not.toMatch(/url\(|@import/);
    const csp = page.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toContain("default-src 'none'");
  });

  it('is one file: every link either jumps inside the page or is a source address to click', () => {
    for (const a of page.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href') ?? '';
      if (href.startsWith('#')) {
        expect(byId.has(href.slice(1)), href).toBe(true);
      } else {
        expect(href, 'external address').toMatch(/^https?:\/\//);
      }
    }
  });
});

describe('legal report, facts', () => {
  // Read as markup, not parsed: one more full page would slow the suite for nothing.
  let report: string;
  const part = (from: string, to: string): string => {
    const start = report.indexOf(from);
    if (start === -1) throw new Error(`no ${from}`);
    return report.slice(start, report.indexOf(to, start));
  };
  beforeAll(() => {
    const facts = [
      fact({ id: 'offences.threats-test', articles: ['C. pén. 222-17'], checked: '2025-06-30' }),
      fact({ id: 'misc.unrelated', articles: ['C. pén. 999-99'] }),
    ];
    report = renderReport({ ...real, facts, sourceTexts: [] });
  }, SLOW);

  it('ties a fact to an offence by article number and lists it when checked over 12 months ago', () => {
    const threats = part('id="offence-threats"', '</section>');
    expect(threats).toContain('offences.threats-test');
    expect(threats).toContain('article 222-17');
    expect(part('<header>', '</header>')).toContain('offences.threats-test');
  });

  it('says « Aucun fait lié » where no fact supports an item, and flags facts tied to nothing', () => {
    expect(part('id="action-do-not-reply"', '</section>')).toContain('Aucun fait lié');
    expect(part('id="fact-misc_unrelated"', '</tr>')).toContain('aucune règle');
    expect(part('<header>', '</header>')).not.toContain('misc.unrelated');
  });
});

describe('legal report, how facts are tied', () => {
  const known = new Set([
    'minor-in-danger',
    'call-119',
    'allo-119',
    'sp-f33954',
    'complaint-letter',
  ]);

  it('ties a fact: comment to the row written after it, not to the answer options it tests', () => {
    const text = [
      '  {',
      '    // fact: emergency.child-line',
      '    when: all(IN_DANGER, is("role", "call-119")),',
      "    reason: 'minor-in-danger',",
      "    actions: ['call-119'],",
      "    sources: ['allo-119'],",
      '  },',
    ].join('\n');
    const [comment] = factCommentsIn([{ path: 'src/engine/rules/steps.ts', text }], known);
    expect(comment?.fact).toBe('emergency.child-line');
    expect(comment?.ids).toEqual(['minor-in-danger', 'call-119', 'allo-119']);
  });

  it('ties a comment above a content entry to that entry, however long, camelCase ids too', () => {
    const entry = ['  // fact: time-limits.press-3-months', '  lastAct: {'];
    for (let i = 0; i < 40; i += 1) entry.push(`    line${i}: 'Texte avec call-119 dedans',`);
    entry.push('  },');
    const [comment] = factCommentsIn(
      [{ path: 'src/content/fr/questions.ts', text: entry.join('\n') }],
      new Set([...known, 'lastAct']),
    );
    expect(comment?.ids).toEqual(['lastAct']);
  });

  it('ties a comment above a whole table to nothing, and those in a builder to its document', () => {
    const table = ['/** fact: emergency.numbers */', 'export const ROWS = ['];
    for (let i = 0; i < 40; i += 1) table.push(`  { when: X, contacts: ['sp-f33954'] },`);
    table.push('];');
    const builder =
      '// fact: complaint.letter, complaint.contre-x\nconst x = paragraph(t.intro);\n';
    const comments = factCommentsIn(
      [
        { path: 'src/engine/rules/plan.ts', text: table.join('\n') },
        { path: 'src/features/documents/build/complaint-letter.ts', text: builder },
      ],
      known,
    );
    expect(comments.map((c) => [c.fact, c.ids])).toEqual([
      ['emergency.numbers', []],
      ['complaint.letter', ['complaint-letter']],
      ['complaint.contre-x', ['complaint-letter']],
    ]);
  });

  it('ties on precise article numbers only: never a bare « article 40 » or a date', () => {
    expect(
      articleKeys('C. pén. 222-33-2-2, art. L. 1152-1 C. trav., R621-2, article 40, le 2024-08-15'),
    ).toEqual(['222-33-2-2', 'L1152-1', 'R621-2']);
  });
});
