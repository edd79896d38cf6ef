import type { Area } from '../content/catalogue.ts';
import { LANG_TAG, preferredLocale, type Locale } from '../i18n/locale.ts';
import { activateLocale, loadedAreas, loadWords } from '../i18n/words.ts';
import { useAnswers } from '../stores/answers.ts';
import { FIRST_AREAS, QUESTIONS_FIRST } from './first-areas.ts';

/** What the next screens read (the questions, the emergency page): fetched once the first is shown. */
export const NEXT_AREAS: readonly Area[] = ['questions'];

/** The locale to start in: the one chosen and kept with the answers, else the browser's. */
export function startLocale(): Locale {
  return useAnswers.getState().locale ?? preferredLocale(navigator.languages);
}

function apply(locale: Locale): void {
  activateLocale(locale);
  document.documentElement.lang = LANG_TAG[locale];
}

/** Loads the first screen's words and makes `locale` the page's language. */
export async function startIn(locale: Locale): Promise<void> {
  // A direct visit to a question or to the emergency screen needs the questions' words at once
  // (index.html's first-words module has already asked for them): one render, no "Chargement…".
  const direct = QUESTIONS_FIRST.test(window.location.pathname);
  await loadWords(locale, direct ? [...FIRST_AREAS, ...NEXT_AREAS] : FIRST_AREAS);
  apply(locale);
}

/**
 * Fetches the next screens' words while the person reads the first one, so that "Commencer" and
 * "Urgence" open at once. A failure here is not the person's: the screen that needs them says it.
 */
export function prefetchNext(locale: Locale): void {
  loadWords(locale, NEXT_AREAS).catch((error: unknown) => {
    console.error(error);
  });
}

export type SwitchOutcome =
  { readonly ok: true } | { readonly ok: false; readonly problem: 'unavailable' };

/**
 * Switches the whole app to `locale`, keeping answers, journal and place: the words of every area
 * read so far are loaded first (a failure, e.g. offline before the offline copy has them, changes
 * nothing and says so), then the choice is kept with the answers and every screen re-renders.
 */
export async function switchLocale(locale: Locale): Promise<SwitchOutcome> {
  try {
    await loadWords(locale, loadedAreas());
  } catch (error) {
    console.error(error);
    return { ok: false, problem: 'unavailable' };
  }
  apply(locale);
  useAnswers.getState().setLocale(locale);
  return { ok: true };
}
