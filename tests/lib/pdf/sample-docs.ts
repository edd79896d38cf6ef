/**
 * Documents shaped like the ones Balise builds (src/features/documents/build), with made-up
 * content: for the PDF tests and for scripts/bench-pdf.mjs.
 */
import { createHash } from 'node:crypto';
import type { Block, Doc, Section } from '../../../src/lib/doc/model.ts';

/** A deterministic SHA-256 digest (lowercase hex) for the n-th made-up file. */
export const sha256Of = (n: number): string =>
  createHash('sha256').update(`fichier-${n}`).digest('hex');

const paragraph = (text: string, align?: 'end'): Block =>
  align ? { kind: 'paragraph', parts: [text], align } : { kind: 'paragraph', parts: [text] };

const FACTS = [
  'Depuis le 3 mars, je reçois chaque jour des messages insultants et menaçants.',
  'L’auteur a publié ma photo accompagnée de mon adresse et d’un appel à « venir me voir ».',
  'Plusieurs comptes créés le même jour relaient ces publications ; certains ont été supprimés.',
  'J’ai signalé les contenus à la plateforme le 5 mars, sans réponse à ce jour.',
];

/** Letter skeleton: sender, recipient, place and date, subject; closing and signature. */
function letter(title: string, sections: Section[]): Doc {
  return {
    title,
    lang: 'fr-FR',
    opening: [
      { kind: 'lines', lines: ['Camille Dupré', '12 rue des Écoles', '69003 Lyon'] },
      {
        kind: 'lines',
        lines: ['Monsieur le procureur de la République', 'Tribunal judiciaire de Lyon'],
        align: 'end',
      },
      paragraph('À Lyon, le 14 mars 2025', 'end'),
      {
        kind: 'paragraph',
        parts: [{ text: 'Objet : ', strong: true }, 'plainte pour harcèlement en ligne (contre X)'],
      },
      paragraph('Monsieur le procureur,'),
    ],
    sections,
    closing: [
      paragraph(
        'Je vous prie d’agréer, Monsieur le procureur, l’expression de ma considération distinguée.',
      ),
      { kind: 'lines', lines: ['Camille Dupré', '(signature)'], align: 'end' },
    ],
    footer: 'Plainte — Camille Dupré',
    pageNumbers: 'Page {page} sur {pages}',
  };
}

/** A complaint letter of about two pages. */
export function sampleLetter(): Doc {
  return letter('Plainte pour harcèlement moral en ligne', [
    {
      id: 'identity',
      title: 'Qui porte plainte',
      blocks: [
        paragraph(
          'Je soussignée Camille Dupré, née le 2 février 1990 à Lyon, demeurant 12 rue des Écoles, 69003 Lyon, porte plainte contre X.',
        ),
      ],
    },
    {
      id: 'offences',
      title: 'Les infractions',
      blocks: [
        paragraph('Les faits décrits ci-dessous me semblent constituer :'),
        {
          kind: 'list',
          ordered: false,
          items: [
            ['le harcèlement moral en ligne (article 222-33-2-2 du code pénal) ;'],
            ['la menace de commettre un crime ou un délit (article 222-17 du code pénal) ;'],
            [
              { text: 'la divulgation d’informations personnelles', strong: true },
              ' permettant de me localiser (article 223-1-1 du code pénal).',
            ],
          ],
        },
      ],
    },
    {
      id: 'facts',
      title: 'Les faits',
      blocks: [
        ...FACTS.map((fact) => paragraph(fact)),
        {
          kind: 'table',
          caption: 'Chronologie',
          columns: ['Date', 'Où', 'Adresse', 'Auteur', 'Faits'],
          widths: [1.2, 1.1, 1.6, 1.1, 2.2],
          rows: FACTS.map((fact, i) => [
            `0${i + 3}/03/2025 21:4${i}`,
            'Instagram',
            `https://www.instagram.com/p/C4xYz${i}AbCdEf/`,
            '@compte_anonyme_2025',
            fact,
          ]),
        },
      ],
    },
    {
      id: 'exhibits',
      title: 'Pièces jointes',
      blocks: [
        {
          kind: 'table',
          caption: 'Fichiers et empreintes SHA-256',
          columns: ['N°', 'Fichier', 'Empreinte SHA-256'],
          widths: [0.5, 3, 3.5],
          rows: [1, 2, 3, 4, 5].map((n) => [
            String(n),
            `capture-${n}.png (14/03/2025)`,
            sha256Of(n),
          ]),
        },
        paragraph(
          'L’empreinte SHA-256 de chaque fichier permet de vérifier qu’il n’a pas été modifié depuis son enregistrement dans le journal.',
        ),
      ],
    },
    {
      id: 'civil-party',
      title: 'Constitution de partie civile',
      blocks: [
        paragraph(
          'Je déclare me constituer partie civile et demande réparation du préjudice subi.',
        ),
      ],
    },
  ]);
}

/**
 * A letter whose chronology has `rows` entries and whose exhibits table lists `hashes` files with
 * their SHA-256, as the evidence journal can produce after months of harassment.
 */
export function bigLetter(rows = 1000, hashes = 500): Doc {
  const base = sampleLetter();
  const chronology: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
    const fact = FACTS[i % FACTS.length] ?? '';
    chronology.push([
      `${day}/${month}/2025 ${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
      i % 3 === 0 ? 'Instagram' : i % 3 === 1 ? 'TikTok' : 'Snapchat',
      `https://www.example-social.fr/u/compte_${i}/status/${1_700_000_000_000 + i * 7919}`,
      `@auteur_${i % 17}`,
      fact,
    ]);
  }
  const exhibits: string[][] = [];
  for (let n = 0; n < hashes; n++) {
    exhibits.push([String(n + 1), `capture-${n + 1}.png (14/03/2025)`, sha256Of(n)]);
  }
  return {
    ...base,
    sections: base.sections.map((section) => {
      if (section.id === 'facts') {
        return {
          ...section,
          blocks: section.blocks.map((block) =>
            block.kind === 'table' ? { ...block, rows: chronology } : block,
          ),
        };
      }
      if (section.id === 'exhibits') {
        return {
          ...section,
          blocks: section.blocks.map((block) =>
            block.kind === 'table' ? { ...block, rows: exhibits } : block,
          ),
        };
      }
      return section;
    }),
  };
}

/** A one-section document around some blocks, for focused tests. */
export function docOf(blocks: Block[], overrides: Partial<Doc> = {}): Doc {
  return {
    title: 'Document de test',
    lang: 'fr-FR',
    opening: [],
    sections: [{ id: 'main', title: 'Section', blocks }],
    closing: [],
    footer: 'Balise — test',
    pageNumbers: 'Page {page} sur {pages}',
    ...overrides,
  };
}
