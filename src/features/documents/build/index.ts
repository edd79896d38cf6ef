import type { DocumentId } from '../../../engine/index.ts';
import type { Doc } from '../../../lib/doc/model.ts';
import type { DocumentContext } from '../context.ts';
import { actionPlan } from './action-plan.ts';
import { complaintLetter } from './complaint-letter.ts';
import { erasureRequest } from './erasure-request.ts';
import { frontDeskSheet } from './front-desk-sheet.ts';
import { platformNotice } from './platform-notice.ts';
import { schoolReport } from './school-report.ts';

const BUILDERS: Readonly<Record<DocumentId, (ctx: DocumentContext) => Doc>> = {
  'complaint-letter': complaintLetter,
  'front-desk-sheet': frontDeskSheet,
  'platform-notice': platformNotice,
  'erasure-request': erasureRequest,
  'school-report': schoolReport,
  'action-plan': actionPlan,
};

/** The document, as data for the preview and the PDF. Pure: same context, same document. */
export const buildDocument = (id: DocumentId, ctx: DocumentContext): Doc => BUILDERS[id](ctx);
