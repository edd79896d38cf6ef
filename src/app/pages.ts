import type { Area } from '../content/catalogue.ts';

/**
 * Where each screen is and what it reads: one table for the router (src/app/routes.tsx), the words
 * it loads, and the build, which fetches a screen's code and words alongside the app's script on a
 * direct visit (the `balise-preload` plugin of vite.config.ts) instead of after it has run. Plain
 * data: the build reads it too, with each page's module (./page-modules.ts).
 */

/** What the first screen reads (the home page in its frame): loaded before the first render. */
export const FIRST_AREAS: readonly Area[] = ['ui'];

/**
 * What any screen loaded on demand may read besides its own areas: the screens' shared words, the
 * offline copy's prompts, the séance's banner and erase panels. Small, loaded with every screen so
 * that none waits for them mid-page.
 */
export const FRAME_AREAS: readonly Area[] = ['screens', 'offline', 'sharedSession'];

export interface PageSpec {
  /** Its addresses, as the router writes them (relative to `/`). */
  readonly paths: readonly string[];
  /** The areas of words it reads, besides FRAME_AREAS. */
  readonly areas: readonly Area[];
  /** Shown outside the app's frame (no header, no menu). */
  readonly bare?: true;
  /**
   * Shows dates from its first render (the journal's acts): its load also makes the date format,
   * in a task of its own before the screen is drawn (`warmFormats`).
   */
  readonly dates?: true;
}

/** Every screen but the home page and "page not found", which come with the app's script. */
export const PAGES = {
  question: {
    paths: ['questions/:questionId'],
    areas: ['questions'],
  },
  emergency: {
    paths: ['urgence'],
    areas: ['questions'],
  },
  plan: {
    paths: ['plan'],
    areas: ['plan', 'journal', 'deadlines', 'tracker', 'questions'],
  },
  step: {
    paths: ['plan/:stepId'],
    areas: ['plan', 'journal', 'platforms', 'pharos', 'tracker', 'questions'],
  },
  summary: {
    paths: ['mes-reponses'],
    areas: ['plan', 'questions'],
  },
  glossary: {
    paths: ['glossaire'],
    areas: ['plan', 'questions'],
  },
  journal: {
    paths: ['preuves'],
    areas: ['journal', 'platforms', 'questions'],
    dates: true,
  },
  entryForm: {
    paths: ['preuves/nouveau', 'preuves/:entryId/modifier'],
    areas: ['journal', 'platforms', 'questions'],
  },
  entry: {
    paths: ['preuves/:entryId'],
    areas: ['journal', 'platforms', 'questions'],
    dates: true,
  },
  redact: {
    paths: ['preuves/:entryId/masquer/:attachmentId'],
    areas: ['journal', 'platforms', 'questions'],
  },
  endSession: {
    paths: ['terminer'],
    areas: ['plan', 'journal', 'questions'],
  },
  traces: {
    paths: ['effacer-mes-traces'],
    areas: ['journal', 'traces', 'questions'],
  },
  sharedSession: {
    paths: ['seance'],
    areas: ['questions'],
  },
  sessionEnded: {
    paths: ['seance-terminee'],
    areas: ['traces', 'questions'],
    bare: true,
  },
  tracker: {
    paths: ['suivi'],
    areas: ['tracker', 'questions'],
  },
  document: {
    paths: ['documents/:documentId'],
    areas: ['documents', 'plan', 'journal', 'tracker', 'questions'],
  },
} as const satisfies Readonly<Record<string, PageSpec>>;

export type PageName = keyof typeof PAGES;

/** The pages the person is likely to open next from the home page, fetched once it is shown. */
export const NEXT_PAGES: readonly PageName[] = ['question', 'emergency'];

/**
 * A router path as a regular expression's source over `location.pathname` (`:name` is one
 * segment), and how many segments it leaves open: the fewest wins, as the router ranks
 * `preuves/nouveau` before `preuves/:entryId`.
 */
export function pathPattern(path: string): { readonly source: string; readonly open: number } {
  const segments = path.split('/');
  const source = segments
    .map((segment) =>
      segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return {
    source: `^/${source}/?$`,
    open: segments.filter((segment) => segment.startsWith(':')).length,
  };
}
