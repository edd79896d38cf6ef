import { lazy, Suspense, useState, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { PausedGate } from '../features/safety/paused-screen.tsx';
import { HomePage } from '../features/questionnaire/home-page.tsx';
import { Layout } from './layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { activeLocale, loadWords, words } from '../i18n/words.ts';
import { useAnswers } from '../stores/answers.ts';
import { FRAME_AREAS, PAGES, pathPattern, type PageName, type PageSpec } from './pages.ts';

/**
 * Each screen's code, loaded on demand: the modules src/app/page-modules.ts names for the build,
 * which fails if one has no chunk of its own.
 */
const CODE: Readonly<Record<PageName, () => Promise<ComponentType>>> = {
  question: async () => (await import('../features/questionnaire/question-page.tsx')).QuestionPage,
  emergency: async () => (await import('../features/safety/emergency-page.tsx')).EmergencyPage,
  plan: async () => (await import('../features/plan/plan-page.tsx')).PlanPage,
  step: async () => (await import('../features/plan/step-page.tsx')).StepPage,
  summary: async () => (await import('../features/my-data/summary-page.tsx')).SummaryPage,
  glossary: async () => (await import('../features/glossary/glossary-page.tsx')).GlossaryPage,
  journal: async () => (await import('../features/evidence/journal-page.tsx')).JournalPage,
  entryForm: async () => (await import('../features/evidence/entry-form-page.tsx')).EntryFormPage,
  entry: async () => (await import('../features/evidence/entry-page.tsx')).EntryPage,
  redact: async () => (await import('../features/evidence/redact-page.tsx')).RedactPage,
  endSession: async () => (await import('../features/my-data/end-session-page.tsx')).EndSessionPage,
  traces: async () => (await import('../features/my-data/traces-page.tsx')).TracesPage,
  sharedSession: async () =>
    (await import('../features/my-data/shared-session-page.tsx')).SharedSessionPage,
  sessionEnded: async () =>
    (await import('../features/my-data/session-ended-page.tsx')).SessionEndedPage,
  tracker: async () => (await import('../features/tracker/tracker-page.tsx')).TrackerPage,
  document: async () => (await import('../features/documents/document-page.tsx')).DocumentPage,
};

/**
 * A screen's code, styles and words, in the active language. The screens' shared styles are asked
 * for first, so that the page's own come after them in the document and win where both say. A
 * screen that shows dates at once also gets the date format made, apart from its first render.
 */
async function loadPage(name: PageName): Promise<ComponentType> {
  const [, page] = await Promise.all([
    import('./screen-styles.ts'),
    CODE[name](),
    loadWords(activeLocale(), [...PAGES[name].areas, ...FRAME_AREAS]),
  ]);
  const spec: PageSpec = PAGES[name];
  if (spec.dates) await (await import('../common/format.ts')).warmFormatsApart();
  return page;
}

const PAGE_NAMES = Object.keys(PAGES) as readonly PageName[];

/** One load per screen, kept: a screen loaded ahead of time is then shown at once. */
const loads = new Map<PageName, Promise<ComponentType>>();
/** The screens whose load is done. */
const loaded = new Map<PageName, ComponentType>();
function pageLoad(name: PageName): Promise<ComponentType> {
  let load = loads.get(name);
  if (load === undefined) {
    load = loadPage(name);
    load.then(
      (page) => loaded.set(name, page),
      // A failed load is not kept: the next visit tries again (the network may be back).
      () => loads.delete(name),
    );
    loads.set(name, load);
  }
  return load;
}

/** Each screen through React's `lazy`, for when it is opened before its load is done. */
const LAZY = {} as Record<PageName, ComponentType>;
for (const name of PAGE_NAMES) {
  LAZY[name] = lazy(async () => ({ default: await pageLoad(name) }));
}

/**
 * The screen an address opens: drawn in the same render when its load is done (a direct visit, a
 * screen fetched ahead), so nothing moves — `lazy` would show "Chargement…" once even then; else
 * through `lazy`, "Chargement…" until it is. The choice is made once per screen shown (the caller
 * keys it by name), so that a later render never swaps one for the other and loses what is typed.
 */
function Screen({ name }: { name: PageName }) {
  const [Page] = useState(() => loaded.get(name) ?? LAZY[name]);
  return (
    <Suspense fallback={<p className="loading">{words.ui.app.loading}</p>}>
      <Page />
    </Suspense>
  );
}

/**
 * On a direct visit, the screen the address opens, loaded before the first render (its files
 * were already asked for by index.html's preload module): shown at once, with no "Chargement…"
 * that moves the page when it goes.
 */
export async function loadPageAt(pathname: string): Promise<void> {
  let best: { readonly name: PageName; readonly open: number } | null = null;
  for (const name of PAGE_NAMES) {
    for (const path of PAGES[name].paths) {
      const { source, open } = pathPattern(path);
      if (new RegExp(source).test(pathname) && (best === null || open < best.open)) {
        best = { name, open };
      }
    }
  }
  if (best !== null) await pageLoad(best.name).catch(() => undefined);
}

/**
 * Fetches these screens' code and words ahead of time (the questions and the emergency screen,
 * while the home page is read), so that "Commencer" opens at once. A failure here is not the
 * person's: the screen that needs them says it when it is opened.
 */
export function preloadPages(names: readonly PageName[]): void {
  for (const name of names) {
    pageLoad(name).catch((error: unknown) => {
      console.error(error);
    });
  }
}

const routesOf = (bare: boolean) =>
  PAGE_NAMES.filter((name) => 'bare' in PAGES[name] === bare).flatMap((name) =>
    PAGES[name].paths.map((path) => (
      <Route key={path} path={path} element={<Screen key={name} name={name} />} />
    )),
  );

/**
 * Every screen of Balise: the home page and "page not found" come with the app's script, every
 * other screen loads on demand (its address is fetched early on a direct visit: src/app/pages.ts).
 */
export function AppRoutes() {
  // A change of language renders every screen again (not anew: what is typed stays typed).
  useAnswers((s) => s.locale);
  return (
    <PausedGate>
      <Routes>
        {/* Neutral, outside the app's frame: nothing on it names the subject. */}
        {routesOf(true)}
        <Route element={<Layout />}>
          <Route index element={<HomePage />} />
          {routesOf(false)}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </PausedGate>
  );
}
