import type { Block, Doc, Section } from '../../../lib/doc/model.ts';
import { documentsText as t } from '../../../content/fr/documents.ts';
import { platformName } from '../../../common/platform-name.ts';
import { fill } from '../../../i18n/voice.ts';
import type { DocumentContext } from '../context.ts';
import {
  BLANK,
  linesOf,
  offenceItems,
  orBlank,
  paragraph,
  placeAndDate,
  recipientBlock,
  signatureBlock,
  subjectBlock,
} from './parts.ts';

/**
 * Where the contents are, from the journal: each address once, or for a private message the
 * platform, conversation and account. Offered to prefill the notice's field.
 */
export function journalLocations(ctx: DocumentContext): string[] {
  const seen = new Set<string>();
  for (const e of ctx.sorted) {
    const url = e.url.trim();
    if (url !== '') {
      seen.add(url);
    } else if (e.conversation.trim() !== '') {
      seen.add(
        fill(t.notice.privateLocation, {
          platform: platformName(e.platform),
          conversation: e.conversation.trim(),
          author: e.author.trim() === '' ? t.common.none : e.author.trim(),
        }),
      );
    }
  }
  return [...seen];
}

/**
 * A notice meeting Article 16 DSA (fact: dsa.art16-notice): (a) reasons why the content is illegal,
 * (b) exact electronic location, (c) notifier's name and e-mail, not required for child sexual
 * content, (d) good-faith statement.
 */
export function platformNotice(ctx: DocumentContext): Doc {
  const n = t.notice;
  const d = ctx.details;
  const childSexual = ctx.offences.some((o) => o.id === 'child-sexual-images');
  const urls = linesOf(d.urls);
  const explanation = linesOf(d.explanation);
  const target =
    ctx.answers.role === 'parent'
      ? n.reasons.targetChild
      : ctx.answers.role === 'professional'
        ? n.reasons.targetPupil
        : ctx.answers.role === 'witness'
          ? n.reasons.targetOther
          : n.reasons.targetSelf;
  const minorNote = ctx.minor ? [paragraph(n.reasons.minor)] : [];
  const reasons: Block[] = [
    paragraph(target),
    ...minorNote,
    ...(ctx.offences.length > 0
      ? [
          paragraph(n.reasons.offences),
          { kind: 'list', ordered: false, items: offenceItems(ctx) } as const,
        ]
      : [paragraph(n.reasons.none), ...(explanation.length === 0 ? [paragraph(BLANK)] : [])]),
    ...explanation.map((line) => paragraph(line)),
  ];
  const name = d.senderName.trim();
  const email = d.senderEmail.trim();
  const notifier: Block[] = childSexual
    ? [
        paragraph(n.notifier.childSexual),
        ...(name === '' && email === ''
          ? []
          : [{ kind: 'lines', lines: [name, email].filter((s) => s !== '') } as const]),
      ]
    : [{ kind: 'lines', lines: [orBlank(name), orBlank(email)] }];

  const sections: Section[] = [
    {
      id: 'location',
      title: n.location.title,
      blocks: [
        {
          kind: 'list',
          ordered: true,
          items: (urls.length > 0 ? urls : [BLANK]).map((url) => [url]),
        },
      ],
    },
    { id: 'reasons', title: n.reasons.title, blocks: reasons },
    { id: 'notifier', title: n.notifier.title, blocks: notifier },
    { id: 'declaration', title: n.declaration.title, blocks: [paragraph(t.common.goodFaith)] },
  ];

  return {
    title: n.title,
    lang: 'fr-FR',
    opening: [
      paragraph({ text: n.subtitle, strong: true }),
      recipientBlock(n.recipient.map((line) => fill(line, { platform: orBlank(d.platformName) }))),
      placeAndDate(ctx),
      subjectBlock(n.subject),
      paragraph(n.salutation),
      paragraph(n.intro),
    ],
    sections,
    closing: [
      ...n.closing.map((line) => paragraph(line)),
      ...(name === '' ? [] : [signatureBlock(name)]),
    ],
    footer: n.footer,
    pageNumbers: t.common.pageNumbers,
  };
}
