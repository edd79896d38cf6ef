import type { Area } from '../content/catalogue.ts';

/**
 * What the first screen reads (the home page in its frame): loaded before the first render, and
 * fetched alongside the app's script from index.html (the `balise-first-words` plugin of
 * vite.config.ts), so that the first visit waits for no extra round trip.
 */
export const FIRST_AREAS: readonly Area[] = ['ui'];

/**
 * The addresses whose screens are in the app's script but read the questions' words: a direct visit
 * to one loads them before the first render too (src/app/locale.ts, and the same preload).
 */
export const QUESTIONS_FIRST = /^\/(questions|urgence)/;
