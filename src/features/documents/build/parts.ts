import type { OffenceId } from '../../../engine/index.ts';
import type { Block, Inline } from '../../../lib/doc/model.ts';
import { documentsText as t } from '../../../content/fr/documents.ts';
import { frOffences } from '../../../content/fr/offences.ts';
import { formatDay, formatOccurred, localDay } from '../../../common/format.ts';
import { authorsOf, countsOf } from '../../../common/journal-counts.ts';
import { platformName } from '../../../common/platform-name.ts';
import { FRENCH_PLATFORM_NAMES } from '../../../common/french-platform-names.ts';
import { counted } from '../../../i18n/plural.ts';
import { fill } from '../../../i18n/voice.ts';
import type { DocumentContext } from '../context.ts';

/** Pieces several documents share. Each returns nothing rather than an empty block. */

/**
 * Stands for a required value not typed yet, like the dotted line of a paper form. The preview
 * shows it; a document with one left is never downloaded (its field is named as missing).
 */
export const BLANK = '…………';

/** The value, trimmed, or the blank. */
export const orBlank = (value: string): string => (value.trim() === '' ? BLANK : value.trim());

/** The non-empty lines of a multi-line field, trimmed. */
export const linesOf = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** One line of text: the field's lines joined with commas (an address typed on several lines). */
export const oneLine = (text: string): string => linesOf(text).join(', ');

/** A paragraph block, or nothing when the text is empty. */
export const paragraph = (...parts: Inline[]): Block => ({ kind: 'paragraph', parts });

/** "date et lieu de naissance : 3 mars 2011, Lyon", or without the place. */
export function born(date: string, place: string): string {
  const day = date.trim() === '' ? BLANK : formatDay(date, 'fr');
  return place.trim() === ''
    ? fill(t.common.bornOn, { date: day })
    : fill(t.common.bornOnAt, { date: day, place: place.trim() });
}

/** The sender's block: name, address, phone, e-mail, each only when given. */
export function senderBlock(ctx: DocumentContext, first?: string): Block | null {
  const d = ctx.details;
  const lines = [
    first ?? d.senderName.trim(),
    ...linesOf(d.senderAddress),
    d.senderPhone.trim() === '' ? '' : fill(t.common.phone, { phone: d.senderPhone.trim() }),
    d.senderEmail.trim() === '' ? '' : fill(t.common.email, { email: d.senderEmail.trim() }),
  ].filter((line) => line !== '');
  return lines.length === 0 ? null : { kind: 'lines', lines };
}

/** The recipient's block, against the right margin. */
export const recipientBlock = (lines: readonly string[]): Block => ({
  kind: 'lines',
  lines: lines.filter((line) => line.trim() !== ''),
  align: 'end',
});

/**
 * "À Lyon, le 22 novembre 2026", or "Le 22 novembre 2026" without a city. A letter in another
 * language (the DSA notice in English) passes its own words and the language of its dates.
 */
export function placeAndDate(
  ctx: DocumentContext,
  words: { readonly placeAndDate: string; readonly dateOnly: string } = t.common,
  dates = 'fr',
): Block {
  const city = ctx.details.city.trim();
  const date = formatDay(ctx.today, dates);
  return {
    kind: 'paragraph',
    parts: [
      city === '' ? fill(words.dateOnly, { date }) : fill(words.placeAndDate, { city, date }),
    ],
    align: 'end',
  };
}

/** "Objet : …" in bold; `format` is another language's "Subject: {subject}". */
export const subjectBlock = (subject: string, format: string = t.common.subject): Block =>
  paragraph({ text: fill(format, { subject }), strong: true });

/** How a letter names offences: each one's name and reference, and the item they fill. */
export interface OffenceWords {
  readonly names: Readonly<
    Record<OffenceId, { readonly name: string; readonly reference: string }>
  >;
  readonly item: string;
}

const FRENCH_OFFENCES: OffenceWords = { names: frOffences, item: t.complaint.offences.item };

/** The offences the facts may constitute, as list items "name (reference)". */
export function offenceItems(
  ctx: DocumentContext,
  words: OffenceWords = FRENCH_OFFENCES,
): Inline[][] {
  return ctx.offences.map((o) => [
    fill(words.item, { name: words.names[o.id].name, reference: words.names[o.id].reference }),
  ]);
}

/** What the answers say about the facts: kinds, repetition, public or private. */
export function answersSummary(ctx: DocumentContext): Block[] {
  const { contentKinds, frequency, visibility } = ctx.answers;
  const sentences: string[] = [];
  if (contentKinds !== undefined && contentKinds.length > 0) {
    sentences.push(
      fill(t.common.kindsSentence, {
        kinds: contentKinds.map((k) => t.common.kinds[k]).join(', '),
      }),
    );
  }
  if (frequency !== undefined) sentences.push(t.common.frequency[frequency]);
  if (visibility !== undefined) sentences.push(t.common.visibility[visibility]);
  return sentences.length === 0 ? [] : [paragraph(sentences.join(' '))];
}

/** "12 actes notés entre le … et le …, venant de 3 comptes différents…", or nothing. */
export function journalSummary(ctx: DocumentContext): Block[] {
  const counts = countsOf(ctx.entries);
  if (counts.from === null || counts.to === null) return [];
  const from = formatDay(counts.from, 'fr');
  const period =
    counts.from === counts.to
      ? fill(t.common.journalDay, { from })
      : fill(t.common.journalPeriod, { from, to: formatDay(counts.to, 'fr') });
  const accounts =
    counts.accounts === 0 ? '' : counted(t.common.journalAccounts, counts.accounts, {}, 'fr');
  return [paragraph(counted(t.common.journalSummary, counts.acts, { period, accounts }, 'fr'))];
}

/** The chronology built from the journal: one row per act, oldest first. */
export function chronologyTable(ctx: DocumentContext, withAddress = true): Block[] {
  if (ctx.sorted.length === 0) return [];
  const c = t.common.chronology;
  const rows = ctx.sorted.map((e) => {
    const date = [
      formatOccurred(e.occurredAt, 'fr'),
      ...(e.approximate ? [t.common.approximate] : []),
      ...(e.versions.length === 0
        ? []
        : [
            fill(t.common.modified, {
              noted: formatDay(localDay(new Date(e.capturedAt)), 'fr'),
              modified: formatDay(localDay(new Date(e.updatedAt)), 'fr'),
            }),
          ]),
    ].join(' ');
    const where = [platformName(e.platform, FRENCH_PLATFORM_NAMES), e.where.trim()]
      .filter((s) => s !== '')
      .join(', ');
    const address =
      e.url.trim() !== ''
        ? e.url.trim()
        : e.conversation.trim() !== ''
          ? fill(c.conversation, { conversation: e.conversation.trim() })
          : t.common.none;
    const author = e.author.trim() === '' ? t.common.none : e.author.trim();
    const facts = [e.kinds.map((k) => t.common.kinds[k]).join(', '), e.description.trim()]
      .filter((s) => s !== '')
      .join(' : ');
    return withAddress ? [date, where, address, author, facts] : [date, where, author, facts];
  });
  return [
    {
      kind: 'table',
      caption: c.caption,
      columns: withAddress
        ? [c.date, c.where, c.address, c.author, c.facts]
        : [c.date, c.where, c.author, c.facts],
      widths: withAddress ? [1.2, 1.1, 1.6, 1.1, 2.2] : [1.2, 1.2, 1.2, 2.6],
      rows,
    },
  ];
}

/** The facts: what the answers say, the journal's counts and chronology, the user's own words. */
export function factsBlocks(ctx: DocumentContext, withAddress = true): Block[] {
  const typed = linesOf(ctx.details.facts);
  // Without a journal, the typed facts are required: show where they go until then.
  const own = (typed.length === 0 && ctx.entries.length === 0 ? [BLANK] : typed).map((line) =>
    paragraph(line),
  );
  return [
    ...answersSummary(ctx),
    ...own,
    ...journalSummary(ctx),
    ...chronologyTable(ctx, withAddress),
  ];
}

/** Distinct accounts named in the journal, as written first. */
export const accountsOf = (ctx: DocumentContext): string[] =>
  authorsOf(ctx.entries).map((a) => a.label);

/** Every attached file with its SHA-256, numbered in chronological order; other exhibits after. */
export function exhibitsBlocks(ctx: DocumentContext): Block[] {
  const e = t.common.exhibits;
  const files = ctx.sorted.flatMap((entry) =>
    entry.attachments.map((a) => ({
      name: a.name,
      sha256: a.sha256,
      day: entry.occurredAt.slice(0, 10),
    })),
  );
  const others = linesOf(ctx.details.otherExhibits);
  const blocks: Block[] = [];
  if (files.length > 0) {
    blocks.push(
      {
        kind: 'table',
        caption: e.caption,
        columns: [e.number, e.file, e.hash],
        widths: [0.5, 3, 3.5],
        rows: files.map((f, index) => [
          String(index + 1),
          fill(e.fileLine, { name: f.name, date: formatDay(f.day, 'fr') }),
          f.sha256,
        ]),
      },
      paragraph(e.explanation),
    );
  }
  if (others.length > 0) {
    blocks.push(paragraph(e.other), {
      kind: 'list',
      ordered: false,
      items: others.map((line) => [line]),
    });
  }
  return blocks;
}

/** A signature block: the signer's name, and room to sign. */
export const signatureBlock = (name: string, signature: string = t.common.signature): Block => ({
  kind: 'lines',
  lines: [name.trim(), signature].filter((line) => line !== ''),
  align: 'end',
});
