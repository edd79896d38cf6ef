// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Answers, OffenceId } from '../../../src/engine/index.ts';
import { letterNotice } from '../../../src/content/en/letter-notice.ts';
import { noticeLetterText } from '../../../src/content/fr/documents.ts';
import { frOffences } from '../../../src/content/fr/offences.ts';
import { buildDocument } from '../../../src/features/documents/build/index.ts';
import { BLANK } from '../../../src/features/documents/build/parts.ts';
import {
  journalLocations,
  platformNotice,
} from '../../../src/features/documents/build/platform-notice.ts';
import { contextOf } from '../../../src/features/documents/context.ts';
import { missingFields } from '../../../src/features/documents/fields.ts';
import { docToText } from '../../../src/features/documents/plain-text.ts';
import type { Doc } from '../../../src/lib/doc/model.ts';
import type { JournalEntry } from '../../../src/lib/journal/model.ts';
import {
  needsLatinExt,
  renderPdf,
  unsupportedCharactersInDoc,
} from '../../../src/lib/pdf/render.ts';
import type { Details } from '../../../src/stores/documents.ts';
import { EMPTY_DETAILS, readSave } from '../../../src/stores/documents.ts';
import { entry, PEOPLE } from '../../helpers/documents.ts';
import { extractPdfText, pdfInfo } from '../../lib/pdf/extract.ts';
import { readLatinFonts } from '../../lib/pdf/test-fonts.ts';

/**
 * The DSA notice in English (issue 12): every part of the French notice, the same references,
 * the journal's addresses, the good-faith statement of article 16(2)(d) in English, and no French
 * left. The typed details are in English here, so any French found comes from Balise's words.
 */

const TODAY = '2026-11-22';

const journal = (): JournalEntry[] => [
  entry({ occurredAt: '2026-03-03T21:15', url: 'https://www.instagram.com/p/Example1/' }),
  entry({ occurredAt: '2026-03-10', url: 'https://www.tiktok.com/@someone/video/2' }),
  entry({
    occurredAt: '2026-04-12T07:40',
    platform: 'x',
    url: '',
    conversation: 'Class group',
    author: '@alpha',
  }),
  entry({ occurredAt: '2026-04-13', platform: 'other', url: '', conversation: 'Chat', author: '' }),
];

const ENGLISH_DETAILS: Details = {
  ...EMPTY_DETAILS,
  senderName: 'Camille Example',
  senderEmail: 'camille@example.org',
  city: 'Nantes',
  platformName: 'Instagram',
  explanation: 'Repeated insults aimed at a named pupil.',
};

/** The notice in both languages, the addresses taken from the journal in each language. */
function both(answers: Answers, details: Details = ENGLISH_DETAILS) {
  const entries = journal();
  const make = (language: 'fr' | 'en') => {
    const base = contextOf({ answers, details, entries, today: TODAY });
    const urls = journalLocations(base, language).join('\n');
    const ctx = contextOf({
      answers,
      details: { ...details, urls, noticeLanguage: language },
      entries,
      today: TODAY,
    });
    return { doc: buildDocument('platform-notice', ctx), ctx };
  };
  return { fr: make('fr'), en: make('en') };
}

/** Numbers as the law cites them: articles (222-33-2-2, R621-2), regulation 2022/2065, dates. */
const numbers = (text: string): string[] =>
  [...text.matchAll(/\d+(?:[-/]\d+)*/g)].map((m) => m[0]).sort();

/** The shape of a document: its blocks' kinds and sizes, section by section. */
function shape(doc: Doc) {
  const blocks = (list: Doc['opening']) =>
    list.map((b) =>
      b.kind === 'list'
        ? `list:${String(b.items.length)}`
        : b.kind === 'lines'
          ? `lines:${String(b.lines.length)}`
          : b.kind,
    );
  return {
    opening: blocks(doc.opening),
    sections: doc.sections.map((s) => [s.id, blocks(s.blocks)]),
    closing: blocks(doc.closing),
  };
}

/** Words and spellings only French would leave in the English notice. */
const FRENCH = [
  /\barticle\b/, // English capitalises "Article 16"
  /\bl’|\bd’|\bqu’/,
  /\bJe\b|\bje\b/,
  /Je déclare|bonne foi|Madame|Monsieur|Objet|Veuillez/,
  /paragraphe|règlement|notification|contenus?\b|illicite|infractions?|droit français/,
  /Code pénal|\bloi\b|juillet|novembre|mars|avril/,
  /\bAutre\b|\bex-Twitter\b|\bet Messenger\b/,
  /[«»àâçéèêëîïôùûœ]/,
];

const CASES: Readonly<Record<string, Answers>> = {
  adult: PEOPLE.adult,
  parent: PEOPLE.parent,
  professional: PEOPLE.professional,
  witness: PEOPLE.witness,
  'no offence': { ...PEOPLE.adult, contentKinds: ['other'], frequency: 'once' },
  'child sexual content': { ...PEOPLE.parent, contentKinds: ['child-sexual'] },
};

describe('the DSA notice in English', () => {
  it('has every key of the French words, and nothing else', () => {
    const keys = (value: unknown, path = ''): string[] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([key, inner]) => [
            `${path}/${key}`,
            ...keys(inner, `${path}/${key}`),
          ])
        : [];
    expect(keys(letterNotice).sort()).toEqual(keys(noticeLetterText).sort());
  });

  it('cites every offence with the same articles as the French', () => {
    for (const id of Object.keys(frOffences) as OffenceId[]) {
      expect(numbers(letterNotice.offences[id].reference), id).toEqual(
        numbers(frOffences[id].reference),
      );
      expect(letterNotice.offences[id].reference).not.toMatch(/Code pénal|\barticle\b/);
    }
  });

  it.each(Object.entries(CASES))(
    '%s: the same parts, references and addresses as the French, all in English',
    (_, answers) => {
      const { fr, en } = both(answers);
      expect(missingFields('platform-notice', en.ctx)).toEqual([]);
      expect(shape(en.doc)).toEqual(shape(fr.doc));
      const frText = docToText(fr.doc);
      const enText = docToText(en.doc);
      // Same article numbers, regulation, dates and addresses, the same number of times.
      expect(numbers(enText)).toEqual(numbers(frText));
      for (const url of journal()
        .map((e) => e.url)
        .filter((url) => url !== '')) {
        expect(enText).toContain(url);
      }
      expect(enText).toContain('Article 16 of Regulation (EU) 2022/2065');
      expect(enText).toContain(letterNotice.common.goodFaith);
      expect(enText).toContain('Statement of good faith');
      expect(enText).toContain('Nantes, 22 November 2026');
      expect(enText).toContain('Subject: Notice of illegal content and request for removal');
      for (const french of FRENCH) expect(enText).not.toMatch(french);
      expect(enText).not.toContain(BLANK);
      expect(enText).not.toMatch(/\{[a-zA-Z]+\}/);
      expect(en.doc.lang).toBe('en-GB');
      expect(en.doc.pageNumbers).toBe('Page {page} of {pages}');
      expect(en.doc.footer).toBe('Notice of illegal content (DSA, Article 16)');
      expect(fr.doc.lang).toBe('fr-FR');
    },
  );

  it('names private conversations with English platform names', () => {
    const { en } = both(PEOPLE.adult);
    const text = docToText(en.doc);
    expect(text).toContain(
      'X (formerly Twitter), conversation “Class group”, author’s account: @alpha',
    );
    expect(text).toContain('Other, conversation “Chat”, author’s account: —');
  });

  it('says in English why the notifier’s name is not required for child sexual content', () => {
    const { en } = both(CASES['child sexual content'] as Answers, {
      ...ENGLISH_DETAILS,
      senderName: '',
      senderEmail: '',
    });
    expect(missingFields('platform-notice', en.ctx)).toEqual([]);
    expect(docToText(en.doc)).toContain('are not required (Article 16(2)(c) of the Regulation)');
  });

  it('stays French by default and for a save that predates the choice', () => {
    const ctx = contextOf({
      answers: PEOPLE.adult,
      details: { ...ENGLISH_DETAILS, urls: 'https://example.org/1' },
      entries: [],
      today: TODAY,
    });
    expect(buildDocument('platform-notice', ctx).lang).toBe('fr-FR');
    const old = Object.fromEntries(
      Object.entries(ctx.details).filter(([key]) => key !== 'noticeLanguage'),
    ) as unknown as Details;
    const oldCtx = { ...ctx, details: old };
    expect(platformNotice(oldCtx).lang).toBe('fr-FR');
    // The other letters never follow the notice's choice.
    const english = { ...ctx, details: { ...ctx.details, noticeLanguage: 'en' as const } };
    expect(buildDocument('complaint-letter', english).lang).toBe('fr-FR');
    expect(docToText(buildDocument('complaint-letter', english))).toContain('Procureur');
  });

  it('is kept in the details’ save: read back, French when absent, unreadable when unknown', () => {
    const save = (user: object) => JSON.stringify({ version: 1, user, family: {} });
    expect(readSave(save({ noticeLanguage: 'en' }))?.user.noticeLanguage).toBe('en');
    expect(readSave(save({ senderName: 'Camille' }))?.user.noticeLanguage).toBe('fr');
    expect(readSave(save({ noticeLanguage: 'de' }))).toBeNull();
    expect(readSave(save({ noticeLanguage: 1 }))).toBeNull();
  });

  it('makes a PDF tagged en-GB, drawn with the latin fonts alone, that says what it must', async () => {
    const { en } = both(PEOPLE.adult);
    expect(unsupportedCharactersInDoc(en.doc)).toEqual([]);
    expect(needsLatinExt(en.doc)).toBe(false);
    const bytes = await renderPdf(en.doc, readLatinFonts(), {
      creationDate: new Date('2026-11-22T10:00:00Z'),
    });
    const info = await pdfInfo(bytes);
    expect(info.language).toBe('en-GB');
    const text = (await extractPdfText(bytes)).join('').replace(/\s+/g, '');
    for (const part of [
      'Notice of illegal content',
      'Article 16 of Regulation (EU) 2022/2065',
      'https://www.instagram.com/p/Example1/',
      'in good faith',
      'Page 1 of',
    ]) {
      expect(text, part).toContain(part.replace(/\s+/g, ''));
    }
  });
});
