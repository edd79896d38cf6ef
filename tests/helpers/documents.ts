import type { Answers } from '../../src/engine/index.ts';
import type { JournalEntry } from '../../src/lib/journal/model.ts';
import type { Details } from '../../src/stores/documents.ts';
import { EMPTY_DETAILS } from '../../src/stores/documents.ts';

/** Synthetic people and journals for the documents' tests. Nothing here is real. */

const hex = (n: number) => n.toString(16).padStart(2, '0').repeat(32);

let counter = 0;
/** A journal entry with sensible defaults; `files` attachments with distinct hashes. */
export function entry(partial: Partial<JournalEntry> & { files?: number } = {}): JournalEntry {
  counter += 1;
  const n = counter;
  const { files = 0, ...rest } = partial;
  const id = `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  return {
    id,
    checks: [],
    versions: [],
    link: null,
    trimmed: [],
    occurredAt: '2026-03-03T21:15',
    approximate: false,
    capturedAt: '2026-03-04T08:00:00.000Z',
    updatedAt: '2026-03-04T08:00:00.000Z',
    platform: 'instagram',
    where: 'commentaires',
    url: `https://www.instagram.com/p/Exemple${n}/`,
    conversation: '',
    author: '@compte_test',
    kinds: ['insults'],
    description: `Description synthétique n° ${n}`,
    attachments: Array.from({ length: files }, (_, i) => ({
      id: `00000000-0000-4000-9000-${String(n * 100 + i).padStart(12, '0')}`,
      name: `capture-${n}-${i}.png`,
      type: 'image/png',
      size: 1000,
      sha256: hex((n * 7 + i) % 256),
      addedAt: '2026-03-04T08:00:00.000Z',
    })),
    ...rest,
  };
}

/** Every field filled with synthetic values. */
export const FULL: Details = {
  ...EMPTY_DETAILS,
  senderName: 'Camille Exemple',
  senderBirthDate: '1985-06-15',
  senderBirthPlace: 'Nantes',
  senderAddress: '1 rue de l’Essai\n44000 Nantes',
  senderPhone: '06 00 00 00 00',
  senderEmail: 'camille@example.org',
  senderFunction: 'conseillère principale d’éducation',
  childName: 'Léa Exemple',
  childBirthDate: '2012-02-01',
  childClass: '4e B',
  city: 'Nantes',
  court: 'Nantes',
  authorName: 'Jordan Témoin',
  facts: 'Des messages chaque soir depuis mars.',
  witnesses: 'Sacha Ami, 2 place du Test, Nantes',
  harm: 'Troubles du sommeil, absences au collège.',
  otherExhibits: 'Certificat médical du 10 mars',
  civilParty: true,
  platformName: 'Instagram',
  urls: 'https://www.instagram.com/p/Exemple1/',
  explanation: 'Insultes répétées visant une élève nommée.',
  siteName: 'Instagram (Meta)',
  siteContact: 'Formulaire « données personnelles »',
  dataDescription: 'Photos de Léa publiées sans accord.',
  schoolName: 'Collège du Test, Nantes',
  actionsTaken: 'Rendez-vous avec la CPE le 12 mars.',
};

const base: Answers = {
  danger: 'none',
  contentKinds: ['insults', 'threats'],
  frequency: 'repeated',
  visibility: 'public',
  author: 'pseudonym',
  context: 'school',
  evidence: 'partial',
  platformReport: 'refused',
  complaint: 'not-done',
  lastAct: 'under-3-months',
};

/** One answer set per audience. */
export const PEOPLE = {
  adult: { ...base, role: 'victim', age: 'adult', context: 'other' },
  young: { ...base, role: 'victim', age: 'under-15' },
  parent: { ...base, role: 'parent', age: 'under-15' },
  professional: { ...base, role: 'professional', age: '15-17', frequency: 'group' },
  witness: { ...base, role: 'witness', age: 'adult', contentKinds: ['hate'], context: 'other' },
} satisfies Record<string, Answers>;
