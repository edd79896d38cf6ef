import type { Audience } from '../../src/content/types.ts';
import type { Answers, DocumentId, QuestionId } from '../../src/engine/index.ts';
import { decide, nextQuestion, OPTIONS, parseAnswers } from '../../src/engine/index.ts';
import { buildDocument } from '../../src/features/documents/build/index.ts';
import { contextOf, partyOf } from '../../src/features/documents/context.ts';
import type { Doc } from '../../src/lib/doc/model.ts';
import type { JournalEntry } from '../../src/lib/journal/model.ts';
import type { Details } from '../../src/stores/documents.ts';
import { EMPTY_DETAILS } from '../../src/stores/documents.ts';

/**
 * Synthetic people for the report's letters: one situation per audience, chosen so that the plan
 * offers as many documents as it can to that audience. Nothing here is a real person.
 */
const BASE: Answers = {
  danger: 'none',
  contentKinds: ['insults', 'threats', 'personal-info'],
  frequency: 'repeated',
  visibility: 'both',
  author: 'named',
  context: 'school',
  evidence: 'partial',
  platformReport: 'refused',
  complaint: 'not-done',
  lastAct: 'under-3-months',
};

export const SITUATIONS: Readonly<Record<Audience, Answers>> = {
  young: { ...BASE, role: 'victim', age: '15-17' },
  adult: { ...BASE, role: 'victim', age: 'adult', context: 'work', author: 'pseudonym' },
  parent: { ...BASE, role: 'parent', age: 'under-15' },
  professional: { ...BASE, role: 'professional', age: 'under-15', frequency: 'group' },
  witness: { ...BASE, role: 'witness', age: 'adult', contentKinds: ['hate'], context: 'other' },
};

/**
 * The situation with every question still asked answered by its first option, so the letters stay
 * complete when questions are added to the engine. Checked like any untrusted answers.
 */
export function completeAnswers(answers: Answers): Answers {
  let current: Record<string, unknown> = { ...answers };
  for (let guard = 0; guard < 50; guard += 1) {
    const q: QuestionId | null = nextQuestion(current);
    if (q === null) break;
    const first = (OPTIONS[q] as readonly string[])[0];
    current = { ...current, [q]: q === 'contentKinds' ? [first] : first };
  }
  return parseAnswers(current);
}

const USER: Details = {
  ...EMPTY_DETAILS,
  senderName: 'Dominique Modèle',
  senderBirthDate: '1980-04-12',
  senderBirthPlace: 'Rennes',
  senderAddress: '3 allée du Spécimen\n35000 Rennes',
  senderPhone: '06 11 11 11 11',
  senderEmail: 'dominique@example.invalid',
  senderFunction: 'conseiller principal d’éducation',
  childName: 'Alex Modèle',
  childBirthDate: '2012-09-30',
  childClass: '4e C',
  city: 'Rennes',
  court: 'Rennes',
  authorName: 'Morgan Fictif',
  facts: 'Des messages insultants et menaçants chaque soir depuis février, publiés et envoyés.',
  witnesses: 'Noa Voisin, 5 rue de l’Exemple, Rennes',
  harm: 'Sommeil perturbé, peur d’aller en cours.',
  otherExhibits: 'Certificat médical du 2 mars',
  civilParty: true,
  platformName: 'Instagram',
  urls: 'https://www.instagram.com/p/Fictif1/',
  explanation: 'Menaces et insultes répétées visant une personne nommée.',
  siteName: 'Instagram (Meta)',
  siteContact: 'Formulaire « données personnelles »',
  dataDescription: 'Adresse et photos publiées sans accord.',
  schoolName: 'Collège de l’Exemple, Rennes',
  actionsTaken: 'Entretien avec la CPE le 3 mars.',
};

/** A teenager writing for themself. */
const YOUNG: Details = {
  ...USER,
  senderName: 'Alex Modèle',
  senderBirthDate: '2010-05-20',
  senderEmail: 'alex@example.invalid',
  senderFunction: '',
};

/** A young adult, who may have been under 18 when something about them was published. */
const ADULT: Details = { ...USER, senderBirthDate: '2005-01-17', senderFunction: '' };

/** Who signs the letters a professional prepares for a family. */
const FAMILY: Details = {
  ...USER,
  senderName: 'Sam Modèle',
  senderEmail: 'sam@example.invalid',
  senderFunction: '',
};

const entry = (n: number, occurredAt: string, files: number): JournalEntry => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  checks: [],
  versions: [],
  link: null,
  trimmed: [],
  occurredAt,
  approximate: n === 3,
  capturedAt: `${occurredAt.slice(0, 10)}T20:00:00.000Z`,
  updatedAt: `${occurredAt.slice(0, 10)}T20:00:00.000Z`,
  platform: n === 2 ? 'snapchat' : 'instagram',
  where: n === 2 ? 'message privé' : 'commentaires',
  url: n === 2 ? '' : `https://www.instagram.com/p/Fictif${n}/`,
  conversation: n === 2 ? 'conversation avec @morgan_fictif' : '',
  author: '@morgan_fictif',
  kinds: n === 2 ? ['threats'] : ['insults'],
  description: `Fait synthétique n° ${n}`,
  attachments: Array.from({ length: files }, (_, i) => ({
    id: `00000000-0000-4000-9000-${String(n * 10 + i).padStart(12, '0')}`,
    name: `capture-${n}-${i}.png`,
    type: 'image/png',
    size: 2048,
    sha256: (n * 16 + i).toString(16).padStart(2, '0').repeat(32),
    addedAt: `${occurredAt.slice(0, 10)}T20:00:00.000Z`,
  })),
});

const ENTRIES: readonly JournalEntry[] = [
  entry(1, '2026-02-10T21:15', 1),
  entry(2, '2026-02-12T22:40', 2),
  entry(3, '2026-02-20', 0),
];

export interface RenderedLetter {
  readonly document: DocumentId;
  readonly audience: Audience;
  readonly answers: Answers;
  /** Whether the plan offers this document to this audience in this situation. */
  readonly offered: boolean;
  readonly doc: Doc;
}

/** The document as the app builds it for this audience's synthetic situation, dated `today`. */
export function renderLetter(
  document: DocumentId,
  audience: Audience,
  today: string,
): RenderedLetter {
  const answers = completeAnswers(SITUATIONS[audience]);
  const details =
    partyOf(document, answers) === 'family'
      ? FAMILY
      : audience === 'young'
        ? YOUNG
        : audience === 'adult'
          ? ADULT
          : USER;
  const ctx = contextOf({ answers, details, entries: ENTRIES, today });
  return {
    document,
    audience,
    answers,
    offered: decide(answers).documents.includes(document),
    doc: buildDocument(document, ctx),
  };
}
