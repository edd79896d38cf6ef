import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { EmergencyPage } from '../features/safety/emergency-page.tsx';
import { PausedGate } from '../features/safety/paused-screen.tsx';
import { HomePage } from '../features/questionnaire/home-page.tsx';
import { QuestionPage } from '../features/questionnaire/question-page.tsx';
import { ui } from '../content/fr/ui.ts';
import { Layout } from './layout.tsx';
import { NotFoundPage } from './not-found-page.tsx';

// First visit: home, questions, emergency. Everything after the questions loads on demand.
const PlanPage = lazy(async () => ({
  default: (await import('../features/plan/plan-page.tsx')).PlanPage,
}));
const StepPage = lazy(async () => ({
  default: (await import('../features/plan/step-page.tsx')).StepPage,
}));
const SummaryPage = lazy(async () => ({
  default: (await import('../features/my-data/summary-page.tsx')).SummaryPage,
}));
const GlossaryPage = lazy(async () => ({
  default: (await import('../features/glossary/glossary-page.tsx')).GlossaryPage,
}));

const JournalPage = lazy(async () => ({
  default: (await import('../features/evidence/journal-page.tsx')).JournalPage,
}));
const EntryFormPage = lazy(async () => ({
  default: (await import('../features/evidence/entry-form-page.tsx')).EntryFormPage,
}));
const EntryPage = lazy(async () => ({
  default: (await import('../features/evidence/entry-page.tsx')).EntryPage,
}));

const EndSessionPage = lazy(async () => ({
  default: (await import('../features/my-data/end-session-page.tsx')).EndSessionPage,
}));
const TracesPage = lazy(async () => ({
  default: (await import('../features/my-data/traces-page.tsx')).TracesPage,
}));
const SharedSessionPage = lazy(async () => ({
  default: (await import('../features/my-data/shared-session-page.tsx')).SharedSessionPage,
}));
const SessionEndedPage = lazy(async () => ({
  default: (await import('../features/my-data/session-ended-page.tsx')).SessionEndedPage,
}));

const DocumentPage = lazy(async () => ({
  default: (await import('../features/documents/document-page.tsx')).DocumentPage,
}));

/** Every screen of Balise. */
export function AppRoutes() {
  return (
    <PausedGate>
      <Routes>
        {/* Neutral, outside the app's frame: nothing on it names the subject. */}
        <Route path="seance-terminee" element={<Lazy page={<SessionEndedPage />} />} />
        <Route element={<Layout />}>
          <Route index element={<HomePage />} />
          <Route path="questions/:questionId" element={<QuestionPage />} />
          <Route path="urgence" element={<EmergencyPage />} />
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
          <Route path="documents/:documentId" element={<Lazy page={<DocumentPage />} />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </PausedGate>
  );
}

function Lazy({ page }: { page: React.ReactNode }) {
  return <Suspense fallback={<p className="loading">{ui.app.loading}</p>}>{page}</Suspense>;
}
