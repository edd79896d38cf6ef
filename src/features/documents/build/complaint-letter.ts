import type { Block, Doc, Section } from '../../../lib/doc/model.ts';
import { documentsText as t } from '../../../content/fr/documents.ts';
import { fill } from '../../../i18n/voice.ts';
import type { DocumentContext } from '../context.ts';
import {
  accountsOf,
  born,
  exhibitsBlocks,
  factsBlocks,
  linesOf,
  offenceItems,
  oneLine,
  orBlank,
  paragraph,
  placeAndDate,
  recipientBlock,
  senderBlock,
  signatureBlock,
  subjectBlock,
} from './parts.ts';

/**
 * Letter to the procureur de la République (fact: complaint.letter-contents): identity, facts with dates and
 * places, the author or "contre X", witnesses, harm, exhibits, optional civil party; for a
 * minor, who signs and who may claim damages (fact: minors.partie-civile-representation).
 */
export function complaintLetter(ctx: DocumentContext): Doc {
  const c = t.complaint;
  const d = ctx.details;
  const named = ctx.answers.author === 'named';
  const author = orBlank(oneLine(d.authorName));
  const values = {
    name: orBlank(d.senderName),
    born: born(d.senderBirthDate, d.senderBirthPlace),
    address: orBlank(oneLine(d.senderAddress)),
    child: orBlank(d.childName),
    childBorn: born(d.childBirthDate, ''),
  };
  const identity =
    ctx.signer === 'representative'
      ? c.identity.representative
      : ctx.signer === 'minor-self'
        ? c.identity.minorSelf
        : c.identity.self;

  const accounts = accountsOf(ctx);
  const authorBlocks: Block[] = [
    paragraph(named ? fill(c.offences.againstNamed, { author }) : c.offences.againstX),
    ...(accounts.length > 0
      ? [paragraph(fill(c.offences.accounts, { accounts: accounts.join(', ') }))]
      : []),
  ];
  const offenceBlocks: Block[] =
    ctx.offences.length > 0
      ? [paragraph(c.offences.intro), { kind: 'list', ordered: false, items: offenceItems(ctx) }]
      : [paragraph(c.offences.none)];

  const witnesses = linesOf(d.witnesses);
  const harm = linesOf(d.harm);
  const exhibits = exhibitsBlocks(ctx);
  const civilParty =
    ctx.signer === 'minor-self'
      ? c.civilParty.minor
      : d.civilParty
        ? ctx.signer === 'representative'
          ? c.civilParty.representative
          : c.civilParty.self
        : null;

  const sections: Section[] = (
    [
      { id: 'identity', title: c.identity.title, blocks: [paragraph(fill(identity, values))] },
      { id: 'offences', title: c.offences.title, blocks: [...authorBlocks, ...offenceBlocks] },
      { id: 'facts', title: c.facts.title, blocks: factsBlocks(ctx) },
      {
        id: 'witnesses',
        title: c.witnesses.title,
        blocks: [
          paragraph(c.witnesses.intro),
          { kind: 'list', ordered: false, items: witnesses.map((w) => [w]) },
        ],
      },
      {
        id: 'harm',
        title: c.harm.title,
        blocks: [paragraph(c.harm.intro), ...harm.map((line) => paragraph(line))],
      },
      { id: 'exhibits', title: c.exhibits.title, blocks: exhibits },
      {
        id: 'civil-party',
        title: c.civilParty.title,
        blocks: civilParty === null ? [] : [paragraph(civilParty)],
      },
    ] satisfies Section[]
  ).filter(
    (s) =>
      (s.id !== 'witnesses' || witnesses.length > 0) &&
      (s.id !== 'harm' || harm.length > 0) &&
      s.blocks.length > 0,
  );

  return {
    title: c.title,
    lang: 'fr-FR',
    opening: [
      ...[senderBlock(ctx)].filter((b) => b !== null),
      recipientBlock(c.recipient.map((line) => fill(line, { court: orBlank(d.court) }))),
      placeAndDate(ctx),
      paragraph(c.sending),
      subjectBlock(named ? fill(c.subjectNamed, { author }) : c.subjectX),
      paragraph(c.salutation),
    ],
    sections,
    closing: [...c.closing.map((line) => paragraph(line)), signatureBlock(d.senderName)],
    footer: c.footer,
    pageNumbers: t.common.pageNumbers,
  };
}
