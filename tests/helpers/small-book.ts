import type { RuleBook } from '../../src/engine/index.ts';
import { ALWAYS, is } from '../../src/engine/rules/conditions.ts';

/**
 * A made-up rule book for screen tests: three steps and two plan rows, chosen for what the plan
 * screens must do with any book (order, numbering, status, the next step, folded actions, urgent
 * actions, warnings), not for what the law says. Its ids are real so that the screens find words.
 *
 * - "Ne pas répondre": five actions, always; with `frequency: 'once'`, two urgent ones lead.
 * - "Garder des preuves": done once `evidence` is `complete`.
 * - "Signaler à PHAROS": never applies.
 * - A witness gets a warning; everyone gets the 3018 and the platform notice.
 */
export const SMALL_BOOK: RuleBook = {
  steps: [
    {
      id: 'dont-reply',
      notApplicable: [],
      doneWhen: [],
      guidance: [
        {
          when: is('frequency', 'once'),
          reason: 'blackmail-first-moves',
          sources: ['sp-f32239'],
          actions: ['do-not-pay', 'do-not-send-more', 'talk-to-trusted-adult', 'call-3018'],
          urgent: true,
        },
        {
          when: ALWAYS,
          reason: 'replying-feeds-harassment',
          sources: ['sp-f32239'],
          actions: [
            'do-not-reply',
            'do-not-share',
            'capture-before-blocking',
            'block-and-report-author',
            'restrict-audience',
          ],
        },
      ],
    },
    {
      id: 'keep-evidence',
      notApplicable: [],
      doneWhen: [{ when: is('evidence', 'complete'), reason: 'evidence-complete', sources: [] }],
      guidance: [
        {
          when: ALWAYS,
          reason: 'private-messages-count',
          sources: ['sp-f31979'],
          actions: ['capture-date-time-url-author', 'keep-in-journal'],
        },
      ],
    },
    {
      id: 'report-pharos',
      notApplicable: [{ when: ALWAYS, reason: 'no-immediate-danger', sources: ['sp-f33954'] }],
      doneWhen: [],
      guidance: [],
    },
  ],
  plan: [
    { when: is('role', 'witness'), warnings: ['pharos-does-not-replace-complaint'] },
    { when: ALWAYS, contacts: ['3018'], documents: ['platform-notice'] },
  ],
  contactPriority: [],
};
