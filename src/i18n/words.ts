import { use } from 'react';
import type { Area, Catalogue, Loaders } from '../content/catalogue.ts';
import { loaders as en } from '../content/en/index.ts';
import { loaders as fr } from '../content/fr/index.ts';
import type { Locale } from './locale.ts';

/**
 * The one way code reaches words: `import { words } from '../i18n/words.ts'`, then
 * `words.ui.home.title`: one accessor, one name per area (`Catalogue` in src/content/catalogue.ts). Only the active locale's areas are loaded, each
 * in its own chunk, when a screen first needs it (`loadWords`); the app loads an area with the code of
 * the screen that reads it, and loads the new locale's areas before it switches (src/app). A screen
 * that reads an area not loaded yet waits for it (React Suspense, through `use`) instead of failing;
 * outside a render, reading an area not loaded is a programming error and says so.
 */

// The pseudo-locale (tests that look for words left in code) comes in its own chunk, when asked.
const pseudoLoaders = Object.fromEntries(
  Object.entries(fr).map(([area, load]) => [
    area,
    async () => {
      const [{ pseudo }, words] = await Promise.all([import('./pseudo.ts'), load()]);
      return pseudo(words);
    },
  ]),
) as unknown as Loaders;

const LOADERS: Readonly<Record<Locale, Loaders>> = { fr, en, qps: pseudoLoaders };

type Loaded = { -readonly [A in Area]?: Catalogue[A] };
const loaded: Record<Locale, Loaded> = { fr: {}, en: {}, qps: {} };
/** One promise per area and locale while it loads, the same each time (as `use` requires). */
const loading = new Map<string, Promise<void>>();
let active: Locale = 'fr';

function areaPromise(locale: Locale, area: Area): Promise<void> {
  const key = `${locale} ${area}`;
  let promise = loading.get(key);
  if (promise === undefined) {
    promise = LOADERS[locale][area]().then(
      (words) => {
        (loaded[locale] as Record<Area, unknown>)[area] = words;
      },
      (error: unknown) => {
        // Not kept: the next try fetches again (the network may be back).
        loading.delete(key);
        throw error;
      },
    );
    loading.set(key, promise);
  }
  return promise;
}

/** Loads these areas in this locale (those already loaded are not fetched again). */
export async function loadWords(locale: Locale, areas: readonly Area[]): Promise<void> {
  await Promise.all(
    areas.filter((area) => loaded[locale][area] === undefined).map((a) => areaPromise(locale, a)),
  );
}

/** The areas loaded in the active locale: what a switch must load first in the new one. */
export function loadedAreas(): readonly Area[] {
  return (Object.keys(loaded[active]) as Area[]).filter(
    (area) => loaded[active][area] !== undefined,
  );
}

/** Makes `locale` the one every area name reads. Its areas must be loaded first. */
export function activateLocale(locale: Locale): void {
  active = locale;
}

export function activeLocale(): Locale {
  return active;
}

function current<A extends Area>(area: A): Catalogue[A] {
  const words = loaded[active][area];
  if (words !== undefined) return words;
  try {
    // During a render: the screen waits for its words (the nearest Suspense shows "Chargement…").
    use(areaPromise(active, area));
  } catch (error) {
    // Outside a render `use` has no component to suspend and fails with a TypeError; inside one it
    // throws React's own signal to wait, which must go through untouched.
    if (error instanceof TypeError) {
      throw new Error(`The words of "${area}" in "${active}" are not loaded`, { cause: error });
    }
    throw error;
  }
  const now = loaded[active][area];
  if (now === undefined) throw new Error(`The words of "${area}" in "${active}" are not loaded`);
  return now;
}

/**
 * Every area of the active locale: `words.ui.home.title`, `words.plan.steps[id].title`. Each area is
 * read through to the active locale on every access, so a switch takes effect at the next render.
 */
export const words: Catalogue = new Proxy({} as Catalogue, {
  // Only the areas are words: anything else asked of the object (`then` when it is awaited, a
  // symbol when it is inspected) is not there, and never waits.
  get: (_, key) => (typeof key === 'string' && key in fr ? current(key as Area) : undefined),
});

/** Every area's name. */
export const AREAS = Object.keys(fr) as readonly Area[];
