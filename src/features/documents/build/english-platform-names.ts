import { letterPlatformNames } from '../../../content/en/letter-notice.ts';
import type { PlatformNames } from '../../../common/platform-name.ts';

/**
 * Platform names as the English DSA notice writes them, whatever the screens' language: the
 * counterpart of FRENCH_PLATFORM_NAMES (src/common/french-platform-names.ts) for the one letter
 * offered in English.
 */
export const ENGLISH_PLATFORM_NAMES: PlatformNames = letterPlatformNames;
