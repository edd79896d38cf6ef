import type { Block, Doc, Section } from '../../../lib/doc/model.ts';
import { documentsText as t } from '../../../content/fr/documents.ts';
import { fr } from '../../../content/fr/plan.ts';
import { frQuestions } from '../../../content/fr/questions.ts';
import { screens } from '../../../content/fr/screens.ts';
import { formatDay } from '../../../common/format.ts';
import { fill, plainText, voice } from '../../../i18n/voice.ts';
import type { Audience } from '../../../content/types.ts';
import type { DocumentContext } from '../context.ts';
import { paragraph } from './parts.ts';

/**
 * The one-page plan a counsellor hands to a pupil and their parents: steps with status, the
 * next action, help lines with hours, the documents to prepare. Words come from the plan's own
 * content, in the reader's voice.
 */
export function actionPlan(ctx: DocumentContext): Doc {
  const p = t.actionPlan;
  // A counsellor hands this page to the pupil and their family: it speaks to the pupil.
  const reader: Audience | null =
    ctx.audience === 'professional' ? (ctx.minor ? 'young' : 'adult') : ctx.audience;
  const v = (text: Parameters<typeof voice>[0]) => plainText(voice(text, reader));
  const { plan } = ctx;
  const next = plan.steps.find((step) => step.id === plan.next);

  const nextBlocks: Block[] =
    next === undefined
      ? [paragraph(v(p.nothingLeft))]
      : [
          paragraph({ text: v(fr.steps[next.id].title), strong: true }),
          paragraph(v(fr.steps[next.id].summary)),
          {
            kind: 'list',
            ordered: false,
            items: next.actions.map((id) => [v(fr.actions[id].text)]),
          },
        ];
  const steps: Block = {
    kind: 'list',
    ordered: false,
    items: plan.steps.map((step, index) => [
      {
        text: fill(p.steps.line, {
          step:
            step.id === 'emergency'
              ? v(fr.steps[step.id].title)
              : fill(screens.plan.stepNumber, { number: index, title: v(fr.steps[step.id].title) }),
          status: screens.plan.status[step.status],
        }),
        strong: step.id === plan.next,
      },
    ]),
  };
  const sections: Section[] = (
    [
      { id: 'next', title: p.next.title, blocks: nextBlocks },
      { id: 'steps', title: p.steps.title, blocks: [steps] },
      {
        id: 'warnings',
        title: p.warnings.title,
        blocks: plan.warnings.map((id) =>
          paragraph({ text: v(fr.warnings[id].title), strong: true }, ' ', v(fr.warnings[id].text)),
        ),
      },
      {
        id: 'contacts',
        title: p.contacts.title,
        blocks:
          plan.contacts.length > 0
            ? [
                {
                  kind: 'list',
                  ordered: false,
                  items: plan.contacts.map((id) => [
                    fill(p.contacts.line, {
                      name: frQuestions.contacts[id].name,
                      hours: frQuestions.contacts[id].hours,
                    }),
                  ]),
                },
              ]
            : [],
      },
      {
        id: 'documents',
        title: p.documents.title,
        blocks: ((documents) =>
          documents.length > 0
            ? [
                {
                  kind: 'list',
                  ordered: false,
                  items: documents.map((id) => [v(fr.documents[id].title)]),
                } as const,
              ]
            : [])(plan.documents.filter((id) => id !== 'action-plan')),
      },
    ] satisfies Section[]
  ).filter((section) => section.blocks.length > 0);

  return {
    title: v(p.title),
    lang: 'fr-FR',
    opening: [paragraph(fill(p.madeOn, { date: formatDay(ctx.today, 'fr') }))],
    sections,
    closing: [],
    footer: p.footer,
    pageNumbers: t.common.pageNumbers,
  };
}
