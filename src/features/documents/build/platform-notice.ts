import type { Block, Doc, Section } from '../../../lib/doc/model.ts';
import type { Words } from '../../../content/catalogue.ts';
import { letterNotice } from '../../../content/en/letter-notice.ts';
import { noticeLetterText } from '../../../content/fr/documents.ts';
import type { PlatformNames } from '../../../common/platform-name.ts';
import { platformName } from '../../../common/platform-name.ts';
import { FRENCH_PLATFORM_NAMES } from '../../../common/french-platform-names.ts';
import { fill } from '../../../i18n/voice.ts';
import type { LetterLanguage } from '../../../stores/documents.ts';
import type { DocumentContext } from '../context.ts';
import { ENGLISH_PLATFORM_NAMES } from './english-platform-names.ts';
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

/** What a notice in one language is written with. */
interface NoticeLanguage {
  readonly words: Words<typeof noticeLetterText>;
  /** The language of its dates, for `Intl` (`formatDay`). */
  readonly dates: string;
  /** Its BCP 47 tag, written in the PDF and on the preview. */
  readonly tag: string;
  readonly platforms: PlatformNames;
}

/**
 * The notice goes to a platform, not to a French authority: it may be written in French (the
 * default) or in English, whatever the screens' language. British English, as the EU writes it.
 */
const LANGUAGES: Readonly<Record<LetterLanguage, NoticeLanguage>> = {
  fr: { words: noticeLetterText, dates: 'fr', tag: 'fr-FR', platforms: FRENCH_PLATFORM_NAMES },
  en: { words: letterNotice, dates: 'en-GB', tag: 'en-GB', platforms: ENGLISH_PLATFORM_NAMES },
};

/** The notice's language from the details: French unless English was chosen. */
export const noticeLanguageOf = (ctx: DocumentContext): LetterLanguage =>
  ctx.details.noticeLanguage === 'en' ? 'en' : 'fr';

/**
 * Where the contents are, from the journal: each address once, or for a private message the
 * platform, conversation and account, in the notice's language. Offered to prefill its field.
 */
export function journalLocations(
  ctx: DocumentContext,
  language: LetterLanguage = noticeLanguageOf(ctx),
): string[] {
  const { words: t, platforms } = LANGUAGES[language];
  const seen = new Set<string>();
  for (const e of ctx.sorted) {
    const url = e.url.trim();
    if (url !== '') {
      seen.add(url);
    } else if (e.conversation.trim() !== '') {
      seen.add(
        fill(t.notice.privateLocation, {
          platform: platformName(e.platform, platforms),
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
 * content, (d) good-faith statement. In French, or in English (`language`, the details' choice by
 * default): the same parts, the same references.
 */
export function platformNotice(
  ctx: DocumentContext,
  language: LetterLanguage = noticeLanguageOf(ctx),
): Doc {
  const { words: t, dates, tag } = LANGUAGES[language];
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
          {
            kind: 'list',
            ordered: false,
            items: offenceItems(ctx, { names: t.offences, item: t.offenceItem }),
          } as const,
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
    lang: tag,
    opening: [
      paragraph({ text: n.subtitle, strong: true }),
      recipientBlock(n.recipient.map((line) => fill(line, { platform: orBlank(d.platformName) }))),
      placeAndDate(ctx, t.common, dates),
      subjectBlock(n.subject, t.common.subject),
      paragraph(n.salutation),
      paragraph(n.intro),
    ],
    sections,
    closing: [
      ...n.closing.map((line) => paragraph(line)),
      ...(name === '' ? [] : [signatureBlock(name, t.common.signature)]),
    ],
    footer: n.footer,
    pageNumbers: t.common.pageNumbers,
  };
}
