import type {
  ActionId,
  DocumentId,
  Plan,
  PlanStep,
  ReportKind,
  SourceId,
  StepId,
  WarningId,
} from '../../engine/index.ts';

/** Which platform guide a step shows: how to block, to report, or to capture evidence. */
export type GuideKind = 'block' | 'report' | 'evidence';

/** What a step page shows beside the engine's actions, reasons and sources. */
interface StepExtras {
  /** The plan's warnings that belong at the top of this step, when the plan carries them. */
  readonly warnings: readonly WarningId[];
  /** The journal's summary (how many acts are noted), when the step applies. */
  readonly journal: boolean;
  /** The prepared letters that carry out the step, among those the plan offers. */
  readonly documents: readonly DocumentId[];
  /** The platform guide shown when the step applies. */
  readonly guide: GuideKind | null;
  /** Show the guide only when one of the step's actions asks to capture something. */
  readonly guideOnlyWhenCapturing: boolean;
  /** PHAROS's own guide (what it accepts, what it refuses) and its sources. */
  readonly pharos: boolean;
  /** The reports this step makes, each with a link to note it in the follow-up (/suivi). */
  readonly reports: readonly ReportKind[];
}

const NONE: StepExtras = {
  warnings: [],
  journal: false,
  documents: [],
  guide: null,
  guideOnlyWhenCapturing: false,
  pharos: false,
  reports: [],
};

/** One row per step: the only place where a step's page differs from another's. */
export const STEP_EXTRAS: Readonly<Record<StepId, StepExtras>> = {
  emergency: NONE,
  'dont-reply': { ...NONE, guide: 'block' },
  // The ban covers sexual images only: how to capture on each app stays useful whenever the step
  // says to capture something (blackmail messages, insults beside the images…).
  'keep-evidence': {
    ...NONE,
    warnings: ['do-not-copy-child-sexual-content'],
    journal: true,
    guide: 'evidence',
    guideOnlyWhenCapturing: true,
  },
  'request-removal': {
    ...NONE,
    documents: ['platform-notice', 'erasure-request'],
    guide: 'report',
    reports: ['platform', 'erasure'],
  },
  'file-complaint': {
    ...NONE,
    documents: ['front-desk-sheet', 'complaint-letter', 'school-report'],
    reports: ['complaint', 'school'],
  },
  'report-pharos': { ...NONE, pharos: true, reports: ['pharos'] },
};

/** Actions that tell the person to capture something (screenshots, scrolling captures). */
const CAPTURE_ACTIONS: readonly ActionId[] = [
  'capture-blackmail-without-images',
  'capture-date-time-url-author',
];

/** What one step's page shows, for this plan: everything decided, nothing left to the screen. */
export interface StepView {
  readonly applies: boolean;
  readonly warnings: readonly WarningId[];
  readonly journal: boolean;
  readonly documents: readonly DocumentId[];
  readonly guide: GuideKind | null;
  readonly pharos: boolean;
  readonly reports: readonly ReportKind[];
  readonly sources: readonly SourceId[];
}

/**
 * The step's page for this plan. `pharosSources` are the sources of PHAROS's guide (content), added
 * to the step's own, once each, when the page shows that guide.
 */
export function stepView(step: PlanStep, plan: Plan, pharosSources: readonly SourceId[]): StepView {
  const extras = STEP_EXTRAS[step.id];
  const applies = step.status !== 'not-applicable';
  const captures = step.actions.some((id) => CAPTURE_ACTIONS.includes(id));
  const guideShown = applies && (!extras.guideOnlyWhenCapturing || captures);
  const pharos = applies && extras.pharos;
  return {
    applies,
    warnings: extras.warnings.filter((id) => plan.warnings.includes(id)),
    journal: applies && extras.journal,
    documents: applies ? extras.documents.filter((id) => plan.documents.includes(id)) : [],
    guide: guideShown ? extras.guide : null,
    pharos,
    reports: applies ? extras.reports : [],
    sources: extras.pharos ? [...new Set([...step.sources, ...pharosSources])] : step.sources,
  };
}
