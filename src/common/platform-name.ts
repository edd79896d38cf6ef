import { journalText as t } from '../content/fr/journal.ts';
import { PLATFORMS, PLATFORM_IDS } from '../content/fr/platforms.ts';

/** A platform's name from its id, or "Autre". */
export const platformName = (id: string): string =>
  (PLATFORM_IDS as readonly string[]).includes(id)
    ? PLATFORMS[id as (typeof PLATFORM_IDS)[number]].name
    : t.entry.platformOther;
