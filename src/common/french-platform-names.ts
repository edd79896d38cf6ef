import { journalText } from '../content/fr/journal.ts';
import { PLATFORMS } from '../content/fr/platforms.ts';
import type { PlatformNames } from './platform-name.ts';

/** Platform names as letters and exports write them: in French, whatever the screens' language. */
export const FRENCH_PLATFORM_NAMES: PlatformNames = {
  guides: PLATFORMS,
  other: journalText.entry.platformOther,
};
