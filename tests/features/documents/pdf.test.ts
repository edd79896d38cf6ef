// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Answers, DocumentId } from '../../../src/engine/index.ts';
import { DOCUMENT_IDS, decide } from '../../../src/engine/index.ts';
import { buildDocument } from '../../../src/features/documents/build/index.ts';
import { contextOf } from '../../../src/features/documents/context.ts';
import { missingFields } from '../../../src/features/documents/fields.ts';
import {
  needsLatinExt,
  renderPdf,
  unsupportedCharactersInDoc,
} from '../../../src/lib/pdf/render.ts';
import { extractPdfText, pdfInfo } from '../../lib/pdf/extract.ts';
import { readLatinFonts } from '../../lib/pdf/test-fonts.ts';
import { entry, FULL, PEOPLE } from '../../helpers/documents.ts';

/**
 * Every document, for every audience that gets it: the PDF is generated as the app does, its
 * text is read back with pdf.js, and the parts the law or the issue requires are found in it.
 */
// What the app fetches for these documents: French needs no latin-ext face (asserted below).
const fonts = readLatinFonts();
const squash = (text: string) => text.replace(/\s+/gu, '');

const entries = [
  entry({ occurredAt: '2026-03-03T21:15', author: '@alpha', files: 2 }),
  entry({ occurredAt: '2026-03-10', approximate: true, author: '@beta', files: 1 }),
  entry({ occurredAt: '2026-04-12T07:40', url: '', conversation: 'Groupe 4e B', author: '@alpha' }),
];
const hashes = entries.flatMap((e) => e.attachments.map((a) => a.sha256));

/** What must be in each document, whoever it is for (and `extra` per audience). */
const REQUIRED: Record<DocumentId, readonly string[]> = {
  'complaint-letter': [
    'Procureur de la République',
    'Tribunal judiciaire de Nantes',
    'Lettre recommandée avec demande d’avis de réception',
    'Chronologie des faits',
    '3 mars 2026',
    '12 avril 2026',
    'https://www.instagram.com/p/Exemple',
    '@alpha',
    'Troubles du sommeil',
    'Sacha Ami',
    ...hashes,
  ],
  'platform-notice': [
    'article 16 du règlement (UE) 2022/2065',
    'https://www.instagram.com/p/Exemple1/',
    'de bonne foi',
    'Camille Exemple',
    'camille@example.org',
  ],
  'erasure-request': [
    'article 17, paragraphe 1, point f)',
    'article 51, II, de la loi n° 78-17 du 6 janvier 1978',
    'dans un délai d’un mois',
    'CNIL',
    'Instagram (Meta)',
  ],
  'school-report': ['Collège du Test, Nantes', 'Léa Exemple', '@alpha', '@beta', 'pHARe', '3018'],
  'front-desk-sheet': [
    'fiche à remettre au guichet',
    'article 15-3',
    'main courante',
    'verifier.html',
    'instagram.com/p/Exemple',
    ...hashes.map((hash) => `${hash.slice(0, 12)}…`),
  ],
  'action-plan': ['Prochaine étape', 'Les étapes'],
};

const EXTRA: Record<string, Partial<Record<DocumentId, readonly string[]>>> = {
  adult: { 'complaint-letter': ['contre X', 'Je déclare me constituer partie civile.'] },
  young: {
    'complaint-letter': ['je porte plainte moi-même', 'mes représentants légaux'],
    'erasure-request': ['j’ai moins de 18 ans'],
  },
  parent: {
    'complaint-letter': ['au nom de mon enfant Léa Exemple', 'que je représente légalement'],
    'erasure-request': ['au nom de mon enfant Léa Exemple'],
    'school-report': ['La plateforme a refusé'],
  },
  professional: {
    'school-report': ['Article 40 du Code de procédure pénale', 'CRIP', 'conseillère principale'],
  },
  witness: { 'platform-notice': ['Ces contenus visent une autre personne.'] },
};

const cases = Object.entries(PEOPLE).flatMap(([audience, answers]) =>
  decide(answers as Answers).documents.map((id) => [audience, id, answers as Answers] as const),
);

describe('every document, for every audience, as a PDF', () => {
  it('covers every document and the five audiences', () => {
    expect(new Set(cases.map(([, id]) => id)).size).toBe(DOCUMENT_IDS.length);
    expect(new Set(cases.map(([audience]) => audience)).size).toBe(5);
  });

  it.each(cases)('%s — %s: A4, French, and says what it must', async (audience, id, answers) => {
    const ctx = contextOf({ answers, details: FULL, entries, today: '2026-11-22' });
    expect(missingFields(id, ctx)).toEqual([]);
    const doc = buildDocument(id, ctx);
    // Every character of the content is drawn, with the latin fonts alone.
    expect(unsupportedCharactersInDoc(doc)).toEqual([]);
    expect(needsLatinExt(doc)).toBe(false);
    const bytes = await renderPdf(doc, fonts, {
      creationDate: new Date('2026-11-22T10:00:00Z'),
    });
    const info = await pdfInfo(bytes);
    expect(info.language).toBe('fr-FR');
    expect(info.pages).toBeGreaterThan(0);
    for (const size of info.pageSizes) {
      expect(size.width).toBeCloseTo(595.28, 0);
      expect(size.height).toBeCloseTo(841.89, 0);
    }
    const text = squash((await extractPdfText(bytes)).join(''));
    for (const part of [...REQUIRED[id], ...(EXTRA[audience]?.[id] ?? [])]) {
      expect(text, `${audience} ${id}: « ${part} »`).toContain(squash(part));
    }
    expect(text).not.toContain('…………');
    expect(text).not.toContain('\ufffd');
  });
});

describe('the front-desk sheet', () => {
  // A month of harassment on four platforms: long video and post addresses, private messages
  // with no address, one or two screenshots an act.
  const ADDRESSES = [
    {
      platform: 'tiktok',
      url: 'https://www.tiktok.com/@compte.harceleur_2026/video/7301234567890123456',
    },
    { platform: 'instagram', url: 'https://www.instagram.com/p/C3xYz_AbCdEf/' },
    { platform: 'snapchat', url: '', conversation: 'Messages privés' },
    { platform: 'x', url: 'https://x.com/compte_anonyme_44/status/1760000000000000000' },
  ] as const;
  const month = Array.from({ length: 30 }, (_, i) =>
    entry({
      ...ADDRESSES[i % ADDRESSES.length],
      occurredAt: `2026-09-${String(i + 1).padStart(2, '0')}T2${i % 4}:05`,
      author: `@auteur_numero_${(i % 3) + 1}`,
      files: 1 + (i % 2),
      // Linked in the journal's hash chain, one record each (fingerprints made up).
      link: {
        seq: i + 1,
        at: '2026-10-01T10:00:00.000Z',
        record: 'a'.repeat(64),
        prev: (i === 0 ? '0' : 'b').repeat(64),
        hash: `${String(i + 1).padStart(2, '0')}${'c'.repeat(62)}`,
      },
    }),
  );

  it.each(Object.keys(PEOPLE))(
    'for a 30-act journal prints on one A4 page, every exhibit in it (%s)',
    async (audience) => {
      const answers = PEOPLE[audience as keyof typeof PEOPLE] as Answers;
      const ctx = contextOf({ answers, details: FULL, entries: month, today: '2026-11-22' });
      const bytes = await renderPdf(buildDocument('front-desk-sheet', ctx), fonts);
      const info = await pdfInfo(bytes);
      expect(info.pages).toBe(1);
      const text = squash((await extractPdfText(bytes)).join(''));
      for (const file of month.flatMap((e) => e.attachments)) {
        expect(text).toContain(`${file.sha256.slice(0, 12)}…`);
      }
      // The exhibits are numbered as in the complaint letter: 45 files over 30 acts.
      expect(text).toContain(squash('44–45'));
      // The seal: the latest record's number and fingerprint, to compare with verifier.html.
      const seal = `enregistrement n° 30, empreinte 30${'c'.repeat(62)}`;
      for (const part of ['article 15-3', 'main courante', 'verifier.html', '30/09/2026', seal]) {
        expect(text).toContain(squash(part));
      }
    },
  );
});
