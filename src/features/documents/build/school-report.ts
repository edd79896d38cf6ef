import type { Block, Doc, Section } from '../../../lib/doc/model.ts';
import { documentsText as t } from '../../../content/fr/documents.ts';
import { frQuestions } from '../../../content/fr/questions.ts';
import { counted } from '../../../i18n/plural.ts';
import { fill } from '../../../i18n/voice.ts';
import type { DocumentContext } from '../context.ts';
import {
  accountsOf,
  factsBlocks,
  linesOf,
  orBlank,
  paragraph,
  placeAndDate,
  recipientBlock,
  senderBlock,
  signatureBlock,
  subjectBlock,
} from './parts.ts';

/** Help lines worth passing on to a family; emergency numbers stay on the plan. */
const REFERRAL_CONTACTS = new Set(['3018', '3114', '119', '3919', '116006']);

/**
 * A factual summary for the head of school (fact: school.protocol): facts, dates, accounts, what was
 * already done, referrals (3018, complaint); for a professional, their duties (art. 40 CPP,
 * information préoccupante).
 */
export function schoolReport(ctx: DocumentContext): Doc {
  const s = t.school;
  const d = ctx.details;
  const professional = ctx.answers.role === 'professional';
  const pupil = orBlank(d.childName);
  const a = ctx.answers;

  const done: string[] = [
    ...(a.evidence === undefined ? [] : [s.actions.evidence[a.evidence]]),
    ...(ctx.entries.length > 0 ? [counted(s.actions.journal, ctx.entries.length, {}, 'fr')] : []),
    ...(a.platformReport === undefined ? [] : [s.actions.platformReport[a.platformReport]]),
    ...(a.complaint === undefined ? [] : [s.actions.complaint[a.complaint]]),
    ...linesOf(d.actionsTaken),
  ];
  const accounts = accountsOf(ctx);
  const contacts = ctx.plan.contacts
    .filter((id) => REFERRAL_CONTACTS.has(id))
    .map((id) => [
      fill(s.referrals.contact, {
        name: frQuestions.contacts[id].name,
        hours: frQuestions.contacts[id].hours,
      }),
    ]);
  const referralItems = [
    ...contacts,
    ...(a.complaint === 'filed' ? [] : [[s.referrals.complaint]]),
  ];
  const referrals: Block = { kind: 'list', ordered: false, items: referralItems };

  const sections: Section[] = (
    [
      {
        id: 'pupil',
        title: s.pupil.title,
        blocks: [
          {
            kind: 'lines',
            lines: [
              fill(s.pupil.line, { pupil }),
              ...(d.childClass.trim() === ''
                ? []
                : [fill(s.pupil.classLine, { class: d.childClass.trim() })]),
            ],
          },
        ],
      },
      { id: 'facts', title: s.facts.title, blocks: factsBlocks(ctx, false) },
      {
        id: 'accounts',
        title: s.accounts.title,
        blocks:
          accounts.length > 0
            ? [{ kind: 'list', ordered: false, items: accounts.map((account) => [account]) }]
            : [],
      },
      {
        id: 'actions',
        title: s.actions.title,
        blocks:
          done.length > 0 ? [{ kind: 'list', ordered: false, items: done.map((x) => [x]) }] : [],
      },
      {
        id: 'referrals',
        title: s.referrals.title,
        blocks: referralItems.length > 0 ? [referrals] : [],
      },
      {
        id: 'request',
        title: s.request.title,
        blocks: [paragraph(professional ? s.request.professional : s.request.parent)],
      },
      {
        id: 'duties',
        title: s.duties.title,
        blocks: professional
          ? [{ kind: 'list', ordered: false, items: s.duties.items.map((x) => [x]) }]
          : [],
      },
    ] satisfies Section[]
  ).filter((section) => section.blocks.length > 0);

  const signer = professional
    ? fill(s.sender.professional, {
        name: orBlank(d.senderName),
        function: orBlank(d.senderFunction),
      })
    : fill(s.sender.parent, { name: orBlank(d.senderName), pupil });
  const sender = senderBlock(ctx, signer);
  return {
    title: s.title,
    lang: 'fr-FR',
    opening: [
      ...(sender === null ? [] : [sender]),
      recipientBlock(s.recipient.map((line) => fill(line, { school: orBlank(d.schoolName) }))),
      placeAndDate(ctx),
      subjectBlock(fill(s.subject, { pupil })),
      paragraph(s.salutation),
      paragraph(fill(professional ? s.intro.professional : s.intro.parent, { pupil })),
    ],
    sections,
    closing: [...s.closing.map((line) => paragraph(line)), signatureBlock(d.senderName)],
    footer: s.footer,
    pageNumbers: t.common.pageNumbers,
  };
}
