import { PLATFORM_IDS, type PlatformId } from '../content/platforms.ts';
import { words } from '../i18n/words.ts';

/** Where a platform's name is read: the guides' names and the word for any other place. */
export interface PlatformNames {
  readonly guides: Readonly<Record<PlatformId, { readonly name: string }>>;
  readonly other: string;
}

/** The active locale's names (the screens); letters and exports pass the French ones. */
const onScreen = (): PlatformNames => ({
  guides: words.platforms.guides,
  other: words.journal.entry.platformOther,
});

/** A platform's name from its id, or the word for "other". */
export const platformName = (id: string, names: PlatformNames = onScreen()): string =>
  (PLATFORM_IDS as readonly string[]).includes(id)
    ? names.guides[id as PlatformId].name
    : names.other;
