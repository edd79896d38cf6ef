/**
 * Where the neutral page "Quitter vite" leaves for offline is served (its words: `neutralPage` in
 * src/content/fr/offline.ts, written there by vite.config.ts at build time). Apart from the words,
 * so that the quick exit does not carry them on the first visit.
 */
export const NEUTRAL_PAGE_PATH = '/recette.html';
