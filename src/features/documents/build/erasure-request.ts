import type { Doc, Section } from '../../../lib/doc/model.ts';
import { documentsText as t } from '../../../content/fr/documents.ts';
import { fill } from '../../../i18n/voice.ts';
import type { DocumentContext } from '../context.ts';
import {
  born,
  linesOf,
  orBlank,
  paragraph,
  placeAndDate,
  recipientBlock,
  senderBlock,
  signatureBlock,
  subjectBlock,
} from './parts.ts';

/**
 * Request for erasure of data collected while the person was a minor, at any age (GDPR art.
 * 17(1)(f), loi Informatique et Libertés art. 51-II; CNIL after one month; fact:
 * erasure.any-age-for-data-published-while-minor). An adult signer says they were a minor when it
 * was published.
 */
export function erasureRequest(ctx: DocumentContext): Doc {
  const e = t.erasure;
  const d = ctx.details;
  const values = {
    name: orBlank(d.senderName),
    born: born(d.senderBirthDate, d.senderBirthPlace),
    child: orBlank(d.childName),
    childBorn: born(d.childBirthDate, ''),
  };
  const requestText = {
    representative: e.request.representative,
    'minor-self': e.request.self,
    self: e.request.formerMinor,
  } as const;
  const description = linesOf(d.dataDescription);
  const urls = linesOf(d.urls);
  const sections: Section[] = [
    {
      id: 'request',
      title: e.request.title,
      blocks: [paragraph(fill(requestText[ctx.signer], values)), paragraph(e.request.law)],
    },
    {
      id: 'data',
      title: e.data.title,
      blocks: [
        ...(description.length > 0 ? description : [orBlank('')]).map((line) => paragraph(line)),
        ...(urls.length > 0
          ? [{ kind: 'list', ordered: true, items: urls.map((url) => [url]) } as const]
          : []),
      ],
    },
    { id: 'deadline', title: e.deadline.title, blocks: [paragraph(e.deadline.text)] },
  ];
  const sender = senderBlock(ctx);
  return {
    title: e.title,
    lang: 'fr-FR',
    opening: [
      ...(sender === null ? [] : [sender]),
      recipientBlock([
        ...e.recipient.map((line) => fill(line, { site: orBlank(d.siteName) })),
        ...linesOf(d.siteContact),
      ]),
      placeAndDate(ctx),
      subjectBlock(e.subject),
      paragraph(e.salutation),
    ],
    sections,
    closing: [...e.closing.map((line) => paragraph(line)), signatureBlock(d.senderName)],
    footer: e.footer,
    pageNumbers: t.common.pageNumbers,
  };
}
