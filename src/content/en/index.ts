import type { Loaders } from '../catalogue.ts';

/** English, area by area: each area is its own chunk, loaded the first time a screen needs it. */
export const loaders: Loaders = {
  ui: async () => (await import('./ui.ts')).ui,
  screens: async () => (await import('./screens.ts')).screens,
  questions: async () => (await import('./questions.ts')).questions,
  plan: async () => (await import('./plan.ts')).plan,
  journal: async () => (await import('./journal.ts')).journal,
  documents: async () => (await import('./documents.ts')).documents,
  platforms: async () => (await import('./platforms.ts')).platforms,
  traces: async () => (await import('./traces.ts')).traces,
  offline: async () => (await import('./offline.ts')).offline,
  sharedSession: async () => (await import('./shared-session.ts')).sharedSession,
  deadlines: async () => (await import('./deadlines.ts')).deadlines,
  pharos: async () => (await import('./pharos.ts')).pharos,
  tracker: async () => (await import('./tracker.ts')).tracker,
};
