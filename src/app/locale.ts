import { LANG_TAG, preferredLocale, type Locale } from '../i18n/locale.ts';
import { activateLocale, loadedAreas, loadWords } from '../i18n/words.ts';
import { useAnswers } from '../stores/answers.ts';
import { FIRST_AREAS } from './pages.ts';

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
  await loadWords(locale, FIRST_AREAS);
  apply(locale);
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
