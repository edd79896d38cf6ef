import type { PageName } from './pages.ts';

/**
 * Which module holds each screen loaded on demand, from the repository's root: read by the build
 * only (the `balise-preload` plugin of vite.config.ts), which fails if one has no chunk of its own.
 * The imports of src/app/routes.tsx load the same modules.
 */
export const PAGE_MODULES: Readonly<Record<PageName, string>> = {
  question: 'src/features/questionnaire/question-page.tsx',
  emergency: 'src/features/safety/emergency-page.tsx',
  plan: 'src/features/plan/plan-page.tsx',
  step: 'src/features/plan/step-page.tsx',
  summary: 'src/features/my-data/summary-page.tsx',
  glossary: 'src/features/glossary/glossary-page.tsx',
  journal: 'src/features/evidence/journal-page.tsx',
  entryForm: 'src/features/evidence/entry-form-page.tsx',
  entry: 'src/features/evidence/entry-page.tsx',
  redact: 'src/features/evidence/redact-page.tsx',
  endSession: 'src/features/my-data/end-session-page.tsx',
  traces: 'src/features/my-data/traces-page.tsx',
  sharedSession: 'src/features/my-data/shared-session-page.tsx',
  sessionEnded: 'src/features/my-data/session-ended-page.tsx',
  tracker: 'src/features/tracker/tracker-page.tsx',
  document: 'src/features/documents/document-page.tsx',
};

/** The screens' shared styles, loaded before each screen's own (src/app/routes.tsx). */
export const SCREEN_STYLES = 'src/app/screen-styles.ts';
