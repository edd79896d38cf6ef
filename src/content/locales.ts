/**
 * The languages Balise speaks. `qps` is a pseudo-locale for tests only (French, accented, about 40 %
 * longer, between markers, src/i18n/pseudo.ts): it shows hard-coded words and layouts that break
 * with longer words. It is never offered in the language switch.
 */
export const LOCALES = ['fr', 'en', 'qps'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * Each language's name in itself, as the switch shows it (with its `lang`), the same on every page:
 * a person who reads only English finds "English" on a French page.
 */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  fr: 'Français',
  en: 'English',
  qps: 'Pseudo',
};

export function isLocale(value: unknown): value is Locale {
  return LOCALES.some((locale) => locale === value);
}
