import type { Counted } from '../content/types.ts';
import { LANG_TAG } from './locale.ts';
import { fill } from './voice.ts';
import { activeLocale } from './words.ts';

/**
 * Plural categories through `Intl.PluralRules`: in French "one" is 0 and 1, in English 1 only;
 * "many" (French millions) is written like "other". The screens' language by default; letters to
 * French authorities pass `'fr'`.
 */
const rules = new Map<string, Intl.PluralRules>();
function pluralRules(lang: string): Intl.PluralRules {
  let made = rules.get(lang);
  if (made === undefined) {
    made = new Intl.PluralRules(lang);
    rules.set(lang, made);
  }
  return made;
}

/**
 * `forms` for `count`, with `{count}` (and any other `values`) filled in:
 * `counted({ one: '{count} acte', other: '{count} actes' }, 2)` → "2 actes".
 */
export function counted(
  forms: Counted,
  count: number,
  values: Readonly<Record<string, string | number>> = {},
  lang: string = LANG_TAG[activeLocale()],
): string {
  const form = pluralRules(lang).select(count) === 'one' ? forms.one : forms.other;
  return fill(form, { ...values, count: count.toLocaleString(lang) });
}
