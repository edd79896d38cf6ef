import { LANG_TAG } from '../i18n/locale.ts';
import { activeLocale } from '../i18n/words.ts';

/**
 * Dates and sizes as readers of a language expect them, through `Intl`: the screens' language by
 * default; letters and exports to French authorities pass `'fr'`.
 */

/** The language of the screens, as a BCP 47 tag. */
export const screenLang = (): string => LANG_TAG[activeLocale()];

const formats = new Map<string, Intl.DateTimeFormat>();
function format(
  lang: string,
  kind: 'date' | 'dateTime' | 'instant' | 'short',
): Intl.DateTimeFormat {
  const key = `${lang} ${kind}`;
  let made = formats.get(key);
  if (made === undefined) {
    made = new Intl.DateTimeFormat(lang, {
      dateStyle: kind === 'short' ? 'short' : 'long',
      ...(kind === 'date' || kind === 'short' ? {} : { timeStyle: 'short' }),
      ...(kind === 'instant' ? {} : { timeZone: 'UTC' }),
    });
    formats.set(key, made);
  }
  return made;
}

/**
 * Makes the screens' date format ahead of need. A page's first `Intl` format loads the
 * browser's locale data: about 100 ms of a slow phone's main thread (CPU slowed 4×), after which
 * every other format (numbers, plurals, sorting, other date styles) takes under 10 ms.
 */
export function warmFormats(): void {
  format(screenLang(), 'dateTime').format(0);
}

/**
 * `warmFormats` in a task of its own: called while a screen that shows dates loads (the
 * journal's chronology), so that the locale data is not loaded during its first render too.
 */
export async function warmFormatsApart(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  warmFormats();
}

/** A day as `YYYY-MM-DD`, in the person's own time zone (today by default). */
export function localDay(at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(at.getFullYear())}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:mm' as typed (local wall time, shown as is). */
export function formatOccurred(occurredAt: string, lang = screenLang()): string {
  const hasTime = occurredAt.length > 10;
  const date = new Date(`${hasTime ? occurredAt : `${occurredAt}T00:00`}:00Z`);
  if (Number.isNaN(date.getTime())) return occurredAt;
  return format(lang, hasTime ? 'dateTime' : 'date').format(date);
}

export function formatDay(day: string, lang = screenLang()): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : format(lang, 'date').format(date);
}

/** A day in figures, for a narrow table column: `10/09/2026` in French. */
export function formatShortDay(day: string, lang = screenLang()): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : format(lang, 'short').format(date);
}

/** An ISO instant in the user's own time zone. */
export function formatInstant(iso: string, lang = screenLang()): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : format(lang, 'instant').format(date);
}

/** Byte units: French writes « octet » (o, ko, Mo), English "byte" (B, kB, MB). */
const UNITS: Readonly<Record<string, readonly string[]>> = {
  fr: ['o', 'ko', 'Mo', 'Go', 'To'],
  en: ['B', 'kB', 'MB', 'GB', 'TB'],
};

export function formatBytes(bytes: number, lang = screenLang()): string {
  const units = UNITS[lang] ?? UNITS['fr'] ?? [];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString(lang, { maximumFractionDigits: digits })} ${units[unit] ?? ''}`;
}
