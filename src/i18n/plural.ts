import type { Counted } from '../content/types.ts';
import { fill } from './voice.ts';

/** French plural categories: "one" for 0 and 1, "many" for millions (written like "other"). */
const FRENCH = new Intl.PluralRules('fr-FR');

/**
 * `forms` for `count`, with `{count}` (and any other `values`) filled in:
 * `counted({ one: '{count} acte', other: '{count} actes' }, 2)` → "2 actes".
 */
export function counted(
  forms: Counted,
  count: number,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const form = FRENCH.select(count) === 'one' ? forms.one : forms.other;
  return fill(form, { ...values, count: count.toLocaleString('fr-FR') });
}
