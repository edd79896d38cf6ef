import type { DocumentId, ReportKind, SourceId } from '../../engine/index.ts';
import type { DocumentContext } from './context.ts';

/** How the documents differ from one another, in one table instead of checks spread in screens. */
interface DocumentTraits {
  /** Built from the journal's acts: the form says how many acts and files it will use. */
  readonly usesJournal: boolean;
  /** Names the offences found from the answers, so their sources are the document's too. */
  readonly citesOffences: boolean;
  /**
   * Signed by the pupil or their family when a professional prepares it: their details, not the
   * professional's.
   */
  readonly signedByFamily: boolean;
  /** The report sending it makes, to note in the follow-up (/suivi); null for none. */
  readonly report: ReportKind | null;
}

export const DOCUMENT_TRAITS: Readonly<Record<DocumentId, DocumentTraits>> = {
  'platform-notice': {
    usesJournal: true,
    citesOffences: true,
    signedByFamily: false,
    report: 'platform',
  },
  'erasure-request': {
    usesJournal: false,
    citesOffences: false,
    signedByFamily: true,
    report: 'erasure',
  },
  'complaint-letter': {
    usesJournal: true,
    citesOffences: true,
    signedByFamily: true,
    report: 'complaint',
  },
  'front-desk-sheet': {
    usesJournal: true,
    citesOffences: true,
    signedByFamily: false,
    report: 'complaint',
  },
  'school-report': {
    usesJournal: true,
    citesOffences: false,
    signedByFamily: false,
    report: 'school',
  },
  'action-plan': { usesJournal: false, citesOffences: false, signedByFamily: false, report: null },
};

/** The sources a document's page lists: its own, then those of the offences it names, once each. */
export function documentSources(
  id: DocumentId,
  own: readonly SourceId[],
  ctx: Pick<DocumentContext, 'offences'>,
): SourceId[] {
  const offences = DOCUMENT_TRAITS[id].citesOffences ? ctx.offences.flatMap((o) => o.sources) : [];
  return [...new Set([...own, ...offences])];
}
