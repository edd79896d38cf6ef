import type { Counted } from '../content/types.ts';
import { LANG_TAG } from './locale.ts';
import { fill } from './voice.ts';
import { activeLocale } from './words.ts';

/** One object per language, made at first use: making an `Intl` object costs far more than using it. */
function perLanguage<T>(make: (lang: string) => T): (lang: string) => T {
  const made = new Map<string, T>();
  return (lang) => {
    let one = made.get(lang);
    if (one === undefined) {
      one = make(lang);
      made.set(lang, one);
    }
    return one;
  };
}

const pluralRules = perLanguage((lang) => new Intl.PluralRules(lang));
/** `toLocaleString(lang)` would make a number format at every call. */
const numberFormat = perLanguage((lang) => new Intl.NumberFormat(lang));

/**
 * `forms` for `count`, with `{count}` (and any other `values`) filled in:
 * `counted({ one: '{count} acte', other: '{count} actes' }, 2)` → "2 actes".
 * Plural categories through `Intl.PluralRules`: in French "one" is 0 and 1, in English 1 only;
 * "many" (French millions) is written like "other". The screens' language by default; letters to
 * French authorities pass `'fr'`.
 */
export function counted(
  forms: Counted,
  count: number,
  values: Readonly<Record<string, string | number>> = {},
  lang: string = LANG_TAG[activeLocale()],
): string {
  const form = pluralRules(lang).select(count) === 'one' ? forms.one : forms.other;
  return fill(form, { ...values, count: numberFormat(lang).format(count) });
}
