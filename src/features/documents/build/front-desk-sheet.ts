import type { Block, Doc, Section } from '../../../lib/doc/model.ts';
import { documentsText as t } from '../../../content/fr/documents.ts';
import { fill } from '../../../i18n/voice.ts';
import { formatDay } from '../../../common/format.ts';
import { platformName } from '../../../common/platform-name.ts';
import { FRENCH_PLATFORM_NAMES } from '../../../common/french-platform-names.ts';
import type { DocumentContext } from '../context.ts';
import { answersSummary, journalSummary, linesOf, offenceItems, paragraph } from './parts.ts';

/** Characters of a SHA-256 shown: enough to match a file at the desk, short enough for a row. */
const SHORT_HASH = 16;

/**
 * One page to hand over at the police station or gendarmerie (issue 14): what happened in a few
 * lines, the offences the facts may constitute, the exhibits with their short fingerprints, how
 * to read the journal without any tool, and the rights of the person filing
 * (fact: complaint.must-be-registered, fact: complaint.refuse-main-courante).
 */
export function frontDeskSheet(ctx: DocumentContext): Doc {
  const f = t.frontDesk;
  const typed = linesOf(ctx.details.facts).map((line) => paragraph(line));
  const rows = ctx.sorted.flatMap((entry) => entry.attachments.map((file) => ({ entry, file })));
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
              f.exhibits.hash,
            ],
            widths: [0.5, 1.2, 1.1, 2.4, 1.8],
            rows: rows.map(({ entry, file }, index) => [
              String(index + 1),
              formatDay(entry.occurredAt.slice(0, 10), 'fr'),
              platformName(entry.platform, FRENCH_PLATFORM_NAMES),
              [entry.url.trim(), entry.author.trim()].filter((s) => s !== '').join(' — ') ||
                t.common.none,
              `${file.sha256.slice(0, SHORT_HASH)}…`,
            ]),
          },
        ];
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
      { id: 'reading', title: f.reading.title, blocks: [paragraph(f.reading.text)] },
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
    opening: name === '' ? [] : [paragraph(fill(f.person, { name }))],
    sections,
    closing: [],
    footer: f.footer,
    pageNumbers: t.common.pageNumbers,
  };
}
