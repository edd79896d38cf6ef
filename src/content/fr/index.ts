import type { Loaders } from '../catalogue.ts';

/** French, area by area: each area is its own chunk, loaded the first time a screen needs it. */
export const loaders: Loaders = {
  ui: async () => (await import('./ui.ts')).ui,
  screens: async () => (await import('./screens.ts')).screens,
  questions: async () => (await import('./questions.ts')).frQuestions,
  plan: async () => (await import('./plan.ts')).fr,
  journal: async () => (await import('./journal.ts')).journalText,
  documents: async () => {
    const words = await import('./documents.ts');
    return { ui: words.documentsUi, pages: words.documentPages, fields: words.documentFields };
  },
  platforms: async () => {
    const words = await import('./platforms.ts');
    return { guides: words.PLATFORMS, common: words.COMMON_RULES };
  },
  traces: async () => (await import('./traces.ts')).traces,
  offline: async () => (await import('./offline.ts')).offline,
  sharedSession: async () => (await import('./shared-session.ts')).sharedSession,
  deadlines: async () => (await import('./deadlines.ts')).deadlinesText,
  pharos: async () => (await import('./pharos.ts')).pharosGuide,
  tracker: async () => (await import('./tracker.ts')).trackerText,
};
