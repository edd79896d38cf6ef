import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Answers, DocumentId } from '../../../src/engine/index.ts';
import { DOCUMENT_IDS, decide } from '../../../src/engine/index.ts';
import { documentsText as t } from '../../../src/content/fr/documents.ts';
import { buildDocument } from '../../../src/features/documents/build/index.ts';
import { BLANK } from '../../../src/features/documents/build/parts.ts';
import { contextOf } from '../../../src/features/documents/context.ts';
import { DocView } from '../../../src/features/documents/doc-view.tsx';
import { missingFields } from '../../../src/features/documents/fields.ts';
import { docToText } from '../../../src/features/documents/plain-text.ts';
import type { JournalEntry } from '../../../src/lib/journal/model.ts';
import type { Details } from '../../../src/stores/documents.ts';
import { EMPTY_DETAILS, FIELD_IDS, LETTER_LANGUAGES } from '../../../src/stores/documents.ts';
import { anyAnswers } from '../../helpers/arbitraries.ts';
import { entry, FULL, PEOPLE } from '../../helpers/documents.ts';

const TODAY = '2026-11-22';

function textOf(id: DocumentId, answers: Answers, entries: JournalEntry[] = [], details = FULL) {
  const ctx = contextOf({ answers, details, entries, today: TODAY });
  return { text: docToText(buildDocument(id, ctx)), missing: missingFields(id, ctx), ctx };
}

const journal = () => [
  entry({ occurredAt: '2026-03-03T21:15', author: '@alpha', files: 2 }),
  entry({ occurredAt: '2026-03-10', approximate: true, author: '@Beta ', files: 1 }),
  entry({
    occurredAt: '2026-04-12T07:40',
    platform: 'snapchat',
    url: '',
    conversation: 'Groupe de classe',
    author: '@alpha',
    kinds: ['threats'],
  }),
];

describe('the complaint letter to the procureur', () => {
  it('names the court, the sender, the facts from the journal and every exhibit hash', () => {
    const entries = journal();
    const { text, missing } = textOf('complaint-letter', PEOPLE.adult, entries);
    expect(missing).toEqual([]);
    expect(text).toContain('Procureur de la République');
    expect(text).toContain('Tribunal judiciaire de Nantes');
    expect(text).toContain('Camille Exemple');
    expect(text).toContain('date et lieu de naissance : 15 juin 1985, Nantes');
    expect(text).toContain('3 actes notés entre le 3 mars 2026 et le 12 avril 2026');
    expect(text).toContain('https://www.instagram.com/p/Exemple');
    expect(text).toContain('Conversation : Groupe de classe');
    for (const file of entries.flatMap((e) => e.attachments)) {
      expect(text).toContain(file.sha256);
      expect(text).toContain(file.name);
    }
    expect(text).toContain('Lettre recommandée avec demande d’avis de réception');
    expect(text).toContain('Je déclare me constituer partie civile.');
    expect(text).toContain('Troubles du sommeil');
    expect(text).toContain('Sacha Ami');
  });

  it('is a complaint "contre X" when the author is unknown, naming the accounts', () => {
    const { text } = textOf('complaint-letter', PEOPLE.adult, journal());
    expect(text).toContain('Objet : plainte contre X');
    expect(text).toContain('je porte plainte contre X');
    expect(text).toContain('Comptes utilisés : @alpha, @Beta');
  });

  it('names the author when known, and asks for the name until it is typed', () => {
    const named = { ...PEOPLE.adult, author: 'named' } as const;
    expect(textOf('complaint-letter', named).text).toContain('plainte contre Jordan Témoin');
    const { missing, text } = textOf('complaint-letter', named, [], {
      ...FULL,
      authorName: '',
    });
    expect(missing).toContain('authorName');
    expect(text).toContain(BLANK);
  });

  it('lists the offences the facts may constitute, with their articles', () => {
    const { text } = textOf('complaint-letter', PEOPLE.adult, journal());
    expect(text).toContain('222-33-2-2');
    expect(text).toContain('222-17');
  });

  it('for a minor writing alone: says the law allows it, and who may claim damages', () => {
    const { text, missing } = textOf('complaint-letter', PEOPLE.young, journal());
    expect(missing).toEqual([]);
    expect(text).toContain('je porte plainte moi-même');
    expect(text).toContain('mes représentants légaux pourront le faire en mon nom');
    expect(text).not.toContain('Je déclare me constituer partie civile.');
  });

  it('for a parent: written in the child’s name, the parent claims damages for the child', () => {
    const { text } = textOf('complaint-letter', PEOPLE.parent, journal());
    expect(text).toContain(
      'au nom de mon enfant Léa Exemple (date de naissance : 1 février 2012), que je représente légalement',
    );
    expect(text).toContain('au nom de mon enfant');
  });

  it('without a journal, the typed facts are required and used', () => {
    const { missing } = textOf('complaint-letter', PEOPLE.adult, [], { ...FULL, facts: '' });
    expect(missing).toContain('facts');
    const { text } = textOf('complaint-letter', PEOPLE.adult, []);
    expect(text).toContain('Des messages chaque soir depuis mars.');
    expect(text).not.toContain(t.common.exhibits.hash);
    expect(text).toContain('Certificat médical du 10 mars');
  });

  it('names every required field left empty, in form order', () => {
    const { missing } = textOf('complaint-letter', PEOPLE.parent, [], EMPTY_DETAILS);
    expect(missing).toEqual([
      'senderName',
      'senderBirthDate',
      'senderAddress',
      'childName',
      'childBirthDate',
      'court',
      'facts',
      'harm',
    ]);
  });
});

describe('the notice to the platform (DSA article 16)', () => {
  it('has the exact addresses, the offences, the notifier and the good-faith statement', () => {
    const { text, missing } = textOf('platform-notice', PEOPLE.adult, journal());
    expect(missing).toEqual([]);
    expect(text).toContain('article 16 du règlement (UE) 2022/2065');
    expect(text).toContain('1. https://www.instagram.com/p/Exemple1/');
    expect(text).toContain('222-17');
    expect(text).toContain('camille@example.org');
    expect(text).toContain(t.common.goodFaith);
  });

  it('does not require the notifier’s name and e-mail for child sexual content', () => {
    const answers = { ...PEOPLE.parent, contentKinds: ['child-sexual'] } as const;
    const { missing, text } = textOf('platform-notice', answers, [], {
      ...FULL,
      senderName: '',
      senderEmail: '',
    });
    expect(missing).toEqual([]);
    expect(text).toContain('ne sont pas exigés');
    expect(text).not.toContain(BLANK);
  });

  it('asks for an explanation when no offence can be named', () => {
    const answers = { ...PEOPLE.adult, contentKinds: ['other'], frequency: 'once' } as const;
    const { missing } = textOf('platform-notice', answers, [], { ...FULL, explanation: '' });
    expect(missing).toContain('explanation');
  });
});

describe('the erasure request', () => {
  it('cites GDPR article 17 and article 51 of the loi Informatique et Libertés, and the CNIL after a month', () => {
    const { text, missing } = textOf('erasure-request', PEOPLE.young);
    expect(missing).toEqual([]);
    expect(text).toContain('article 17, paragraphe 1, point f)');
    expect(text).toContain('article 51, II, de la loi n° 78-17 du 6 janvier 1978');
    expect(text).toContain('dans un délai d’un mois');
    expect(text).toContain('CNIL');
    expect(text).toContain('j’ai moins de 18 ans');
  });

  it('for a parent: about the child’s data, signed by the parent', () => {
    const { text } = textOf('erasure-request', PEOPLE.parent);
    expect(text).toContain('au nom de mon enfant Léa Exemple');
  });

  it('for an adult who was a minor when it was published: says so, at any age', () => {
    const { text, missing } = textOf('erasure-request', {
      ...PEOPLE.adult,
      contentKinds: ['personal-info'],
      publishedWhileMinor: 'yes',
    });
    expect(missing).toEqual([]);
    expect(text).toContain('j’avais moins de 18 ans au moment de la publication');
    expect(text).not.toContain('et j’ai moins de 18 ans');
  });
});

describe('the school report', () => {
  it('for a parent: the pupil, the facts, the accounts, what was done, 3018 and the complaint', () => {
    const { text, missing } = textOf('school-report', PEOPLE.parent, journal());
    expect(missing).toEqual([]);
    expect(text).toContain('Collège du Test, Nantes');
    expect(text).toContain('Classe : 4e B');
    expect(text).toContain('@alpha');
    expect(text).toContain('La plateforme a refusé');
    expect(text).toContain('3018');
    expect(text).toContain('pHARe');
    expect(text).not.toContain('Article 40');
  });

  it('for a professional: their function and a reminder of their duties', () => {
    const { text } = textOf('school-report', PEOPLE.professional, journal());
    expect(text).toContain('conseillère principale d’éducation');
    expect(text).toContain('Article 40 du Code de procédure pénale');
    expect(text).toContain('information préoccupante');
    expect(text).toContain('CRIP');
  });
});

describe('the action plan', () => {
  it('shows the next step, every step with its status, and the help lines with hours', () => {
    const { text, ctx } = textOf('action-plan', PEOPLE.young);
    expect(ctx.plan.next).not.toBeNull();
    expect(text).toContain('Prochaine étape');
    expect(text).toContain('À faire');
    expect(text).toContain('3018');
    expect(text).toContain('9 h à 23 h');
  });
});

/** Random text, hostile on purpose: markup, placeholders, control characters, long words. */
const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom('<script>alert(1)</script>', '{name}', '[NOM]', 'a'.repeat(300), '\u0000\u0007'),
  fc.string({ unit: 'grapheme' }),
);
const anyDetails: fc.Arbitrary<Details> = fc.record({
  ...(Object.fromEntries(
    FIELD_IDS.map((f) => [f, f === 'civilParty' ? fc.boolean() : hostile]),
  ) as { [F in keyof Details]: fc.Arbitrary<Details[F]> }),
  noticeLanguage: fc.constantFrom(...LETTER_LANGUAGES),
});
const anyEntry = fc
  .record({
    occurredAt: fc.constantFrom('2025-01-02', '2026-03-03T21:15', '2024-12-31T00:00'),
    author: hostile,
    url: hostile,
    description: hostile,
    conversation: hostile,
    files: fc.integer({ min: 0, max: 3 }),
  })
  .map((e) => entry(e));

describe('for any answers, journal and form', () => {
  it('never crashes, never leaves an empty section, and never leaves a blank once nothing is missing', () => {
    fc.assert(
      fc.property(
        anyAnswers,
        fc.array(anyEntry, { maxLength: 6 }),
        anyDetails,
        (answers, entries, details) => {
          const ctx = contextOf({ answers, details, entries, today: TODAY });
          for (const id of decide(answers).documents) {
            const doc = buildDocument(id, ctx);
            for (const section of doc.sections) expect(section.blocks.length).toBeGreaterThan(0);
            expect(doc.title).not.toBe('');
            const template = docToText(
              buildDocument(
                id,
                contextOf({ answers, details: EMPTY_DETAILS, entries: journal(), today: TODAY }),
              ),
            );
            // No placeholder of our own is ever left unfilled.
            expect(template).not.toMatch(/\{[a-zA-Z]+\}/);
            if (missingFields(id, ctx).length === 0) {
              expect(docToText(doc)).not.toContain(BLANK);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('escapes every string in the preview: user text never becomes markup', () => {
    fc.assert(
      fc.property(anyAnswers, fc.array(anyEntry, { maxLength: 3 }), (answers, entries) => {
        const details = {
          ...FULL,
          harm: '<img src=x onerror=alert(1)>',
          urls: '<script>x</script>',
        };
        const ctx = contextOf({ answers, details, entries, today: TODAY });
        for (const id of DOCUMENT_IDS) {
          const html = renderToStaticMarkup(<DocView doc={buildDocument(id, ctx)} headingId="d" />);
          expect(html).not.toMatch(/<(script|img)\b/i);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('is the same document for the same input, and does not change its input', () => {
    fc.assert(
      fc.property(anyAnswers, anyDetails, (answers, details) => {
        const entries = Object.freeze(journal().map((e) => Object.freeze(e)));
        const input = Object.freeze({ answers, details, entries, today: TODAY });
        for (const id of DOCUMENT_IDS) {
          expect(buildDocument(id, contextOf(input))).toEqual(buildDocument(id, contextOf(input)));
        }
      }),
      { numRuns: 100 },
    );
  });
});
