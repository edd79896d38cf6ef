import { lazy, Suspense, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { PausedGate } from '../features/safety/paused-screen.tsx';
import { HomePage } from '../features/questionnaire/home-page.tsx';
import { EmergencyPage } from '../features/safety/emergency-page.tsx';
import { QuestionPage } from '../features/questionnaire/question-page.tsx';
import { Layout } from './layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import type { Area } from '../content/catalogue.ts';
import { activeLocale, loadWords, words } from '../i18n/words.ts';
import { useAnswers } from '../stores/answers.ts';

/**
 * What any screen's frame may show once a choice is made (the offline copy's prompts, the séance's
 * banner and erase panels): small, loaded with every screen so that none waits for them mid-page.
 */
const FRAME_AREAS: readonly Area[] = ['offline', 'sharedSession'];

/** A screen loaded on demand, with the areas of words it reads, in the active language. */
function lazyPage(load: () => Promise<ComponentType>, areas: readonly Area[]) {
  return lazy(async () => {
    const [page] = await Promise.all([
      load(),
      loadWords(activeLocale(), [...areas, ...FRAME_AREAS]),
    ]);
    return { default: page };
  });
}

// First visit: the home page, the questions and the emergency screen, in the frame (the questions'
// words load on demand: while the home page is read, or with the page on a direct visit, see the
// `balise-first-words` plugin of vite.config.ts). Everything after the questions loads on demand.

const PlanPage = lazyPage(
  async () => (await import('../features/plan/plan-page.tsx')).PlanPage,
  ['plan', 'journal', 'deadlines', 'tracker', 'questions'],
);
const StepPage = lazyPage(
  async () => (await import('../features/plan/step-page.tsx')).StepPage,
  ['plan', 'journal', 'platforms', 'pharos', 'tracker', 'questions'],
);
const SummaryPage = lazyPage(
  async () => (await import('../features/my-data/summary-page.tsx')).SummaryPage,
  ['plan', 'questions'],
);
const GlossaryPage = lazyPage(
  async () => (await import('../features/glossary/glossary-page.tsx')).GlossaryPage,
  ['plan', 'questions'],
);

const JournalPage = lazyPage(
  async () => (await import('../features/evidence/journal-page.tsx')).JournalPage,
  ['journal', 'platforms', 'questions'],
);
const EntryFormPage = lazyPage(
  async () => (await import('../features/evidence/entry-form-page.tsx')).EntryFormPage,
  ['journal', 'platforms', 'questions'],
);
const EntryPage = lazyPage(
  async () => (await import('../features/evidence/entry-page.tsx')).EntryPage,
  ['journal', 'platforms', 'questions'],
);

const RedactPage = lazyPage(
  async () => (await import('../features/evidence/redact-page.tsx')).RedactPage,
  ['journal', 'platforms', 'questions'],
);

const EndSessionPage = lazyPage(
  async () => (await import('../features/my-data/end-session-page.tsx')).EndSessionPage,
  ['plan', 'journal', 'sharedSession', 'offline', 'questions'],
);
const TracesPage = lazyPage(
  async () => (await import('../features/my-data/traces-page.tsx')).TracesPage,
  ['journal', 'traces', 'offline', 'questions'],
);
const SharedSessionPage = lazyPage(
  async () => (await import('../features/my-data/shared-session-page.tsx')).SharedSessionPage,
  ['sharedSession', 'questions'],
);
const SessionEndedPage = lazyPage(
  async () => (await import('../features/my-data/session-ended-page.tsx')).SessionEndedPage,
  ['sharedSession', 'traces', 'questions'],
);

const TrackerPage = lazyPage(
  async () => (await import('../features/tracker/tracker-page.tsx')).TrackerPage,
  ['tracker', 'questions'],
);

const DocumentPage = lazyPage(
  async () => (await import('../features/documents/document-page.tsx')).DocumentPage,
  ['documents', 'plan', 'journal', 'tracker', 'questions'],
);

/** Every screen of Balise. */
export function AppRoutes() {
  // A change of language renders every screen again (not anew: what is typed stays typed).
  useAnswers((s) => s.locale);
  return (
    <PausedGate>
      <Routes>
        {/* Neutral, outside the app's frame: nothing on it names the subject. */}
        <Route path="seance-terminee" element={<Lazy page={<SessionEndedPage />} />} />
        <Route element={<Layout />}>
          <Route index element={<HomePage />} />
          <Route path="questions/:questionId" element={<Lazy page={<QuestionPage />} />} />
          <Route path="urgence" element={<Lazy page={<EmergencyPage />} />} />
          <Route path="plan" element={<Lazy page={<PlanPage />} />} />
          <Route path="plan/:stepId" element={<Lazy page={<StepPage />} />} />
          <Route path="mes-reponses" element={<Lazy page={<SummaryPage />} />} />
          <Route path="seance" element={<Lazy page={<SharedSessionPage />} />} />
          <Route path="terminer" element={<Lazy page={<EndSessionPage />} />} />
          <Route path="effacer-mes-traces" element={<Lazy page={<TracesPage />} />} />
          <Route path="glossaire" element={<Lazy page={<GlossaryPage />} />} />
          <Route path="preuves" element={<Lazy page={<JournalPage />} />} />
          <Route path="preuves/nouveau" element={<Lazy page={<EntryFormPage />} />} />
          <Route path="preuves/:entryId" element={<Lazy page={<EntryPage />} />} />
          <Route path="preuves/:entryId/modifier" element={<Lazy page={<EntryFormPage />} />} />
          <Route
            path="preuves/:entryId/masquer/:attachmentId"
            element={<Lazy page={<RedactPage />} />}
          />
          <Route path="documents/:documentId" element={<Lazy page={<DocumentPage />} />} />
          <Route path="suivi" element={<Lazy page={<TrackerPage />} />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </PausedGate>
  );
}

function Lazy({ page }: { page: React.ReactNode }) {
  return <Suspense fallback={<p className="loading">{words.ui.app.loading}</p>}>{page}</Suspense>;
}
