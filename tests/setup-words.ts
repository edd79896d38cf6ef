// Every test starts in French with all its words loaded, as the app is after its screens loaded
// them (src/app/locale.ts); a test that switches language is put back in French after it.
import { afterEach } from 'vitest';
import { activateLocale, AREAS, loadWords } from '../src/i18n/words.ts';

await loadWords('fr', AREAS);
activateLocale('fr');

afterEach(() => {
  activateLocale('fr');
});
