import type { Block, Doc, Section } from '../../../lib/doc/model.ts';
import { documentsText as t } from '../../../content/fr/documents.ts';
import { fill } from '../../../i18n/voice.ts';
import { formatShortDay } from '../../../common/format.ts';
import { platformName } from '../../../common/platform-name.ts';
import { FRENCH_PLATFORM_NAMES } from '../../../common/french-platform-names.ts';
import { latestLink } from '../../../lib/journal/model.ts';
import type { DocumentContext } from '../context.ts';
import { answersSummary, journalSummary, linesOf, offenceItems, paragraph } from './parts.ts';

/**
 * Characters of a SHA-256 shown: enough to match a file at the desk (48 bits: two files of one
 * journal share them with odds under one in a billion), short enough for two on a row's line.
 */
const SHORT_HASH = 12;

/**
 * One page to hand over at the police station or gendarmerie (issue 14): what happened in a few
 * lines, the offences the facts may constitute, the exhibits with their short fingerprints, how
 * to read the journal without any tool, and the rights of the person filing
 * (fact: complaint.must-be-registered, fact: complaint.refuse-main-courante).
 */
/** Characters of an address shown on the sheet; the chronology has it whole. */
const ADDRESS_CHARS = 50;

/**
 * An address short enough for one line: without `https://` and `www.`, and when still too long,
 * its start and its end around an ellipsis (the end of a post's address is what tells it apart).
 */
export function shortAddress(url: string): string {
  const bare = Array.from(url.trim().replace(/^https?:\/\/(www\.)?/iu, ''));
  if (bare.length <= ADDRESS_CHARS) return bare.join('');
  const end = Math.floor((ADDRESS_CHARS - 1) / 3);
  return `${bare.slice(0, ADDRESS_CHARS - 1 - end).join('')}…${bare.slice(-end).join('')}`;
}

export function frontDeskSheet(ctx: DocumentContext): Doc {
  const f = t.frontDesk;
  const typed = linesOf(ctx.details.facts).map((line) => paragraph(line));
  // One row per act, so that a 30-act journal holds on the page: the act's files are numbered
  // in order, as in the complaint letter's exhibits, with the start of each one's fingerprint.
  let numbered = 0;
  const rows = ctx.sorted
    .filter((entry) => entry.attachments.length > 0)
    .map((entry) => {
      const first = numbered + 1;
      numbered += entry.attachments.length;
      const where = entry.url.trim() !== '' ? shortAddress(entry.url) : entry.conversation.trim();
      return [
        first === numbered ? String(first) : `${first}–${numbered}`,
        formatShortDay(entry.occurredAt.slice(0, 10), 'fr'),
        platformName(entry.platform, FRENCH_PLATFORM_NAMES),
        where === '' ? t.common.none : where,
        entry.author.trim() === '' ? t.common.none : entry.author.trim(),
        entry.attachments.map((file) => `${file.sha256.slice(0, SHORT_HASH)}…`).join(' '),
      ];
    });
  const exhibits: Block[] =
    rows.length === 0
      ? [paragraph(f.exhibits.none)]
      : [
          {
            kind: 'table',
            caption: f.exhibits.caption,
            columns: [
              f.exhibits.number,
              f.exhibits.date,
              f.exhibits.platform,
              f.exhibits.where,
              f.exhibits.account,
              f.exhibits.hash,
            ],
            // Sized for one line a row at the sheet's smallest scale: two short fingerprints,
            // an address of ADDRESS_CHARS, an account of about 20 characters.
            widths: [40, 62, 80, 296, 120, 170],
            rows,
          },
        ];
  const latest = latestLink(ctx.entries);
  const seal = latest === null ? null : { seq: latest.seq, hash: latest.hash };
  const sections: Section[] = (
    [
      {
        id: 'facts',
        title: f.facts.title,
        blocks: [...answersSummary(ctx), ...typed, ...journalSummary(ctx)],
      },
      {
        id: 'offences',
        title: f.offences.title,
        blocks:
          ctx.offences.length === 0
            ? []
            : [{ kind: 'list', ordered: false, items: offenceItems(ctx) }],
      },
      { id: 'exhibits', title: f.exhibits.title, blocks: exhibits },
      {
        id: 'reading',
        title: f.reading.title,
        // One paragraph: the sheet holds on one page for a 30-act journal with the seal too.
        blocks: [
          paragraph(
            seal === null ? f.reading.text : `${f.reading.text} ${fill(f.reading.seal, seal)}`,
          ),
        ],
      },
      {
        id: 'rights',
        title: f.rights.title,
        blocks: [{ kind: 'list', ordered: false, items: f.rights.items.map((item) => [item]) }],
      },
    ] satisfies Section[]
  ).filter((section) => section.blocks.length > 0);

  const name = ctx.details.senderName.trim();
  return {
    title: f.title,
    lang: 'fr-FR',
    // Handed over whole at the desk: shrunk within readable sizes to hold on one A4 page.
    fit: 'one-page',
    opening: name === '' ? [] : [paragraph(fill(f.person, { name }))],
    sections,
    closing: [],
    footer: f.footer,
    pageNumbers: t.common.pageNumbers,
  };
}
