import type { Locale } from '../content/locales.ts';

export { isLocale, LOCALES, LOCALE_NAMES, type Locale } from '../content/locales.ts';

/** The languages the switch offers, in its order. */
export const OFFERED_LOCALES = ['fr', 'en'] as const satisfies readonly Locale[];

/** The `lang` attribute of a page in this locale (the pseudo-locale is French underneath). */
export const LANG_TAG: Readonly<Record<Locale, string>> = { fr: 'fr', en: 'en', qps: 'fr' };

/**
 * The locale to start in when the person has not chosen one: the first of the browser's languages
 * Balise speaks (`navigator.languages`, most preferred first), else French.
 */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0];
    const offered = OFFERED_LOCALES.find((locale) => locale === primary);
    if (offered !== undefined) return offered;
  }
  return 'fr';
}
