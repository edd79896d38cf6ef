import { useState } from 'react';
import { LANG_TAG, LOCALE_NAMES, OFFERED_LOCALES, type Locale } from '../i18n/locale.ts';
import { activeLocale, words } from '../i18n/words.ts';
import { switchLocale } from './locale.ts';

/**
 * The language buttons, right after "Quitter vite" on every screen. Each names its language in that
 * language (with its `lang`); the current one is pressed. Switching keeps answers, journal and place;
 * if the words cannot be loaded (offline before the offline copy has them), it says so and stays.
 */
export function LanguageSwitch() {
  const [failed, setFailed] = useState(false);
  const current = activeLocale();
  const choose = async (locale: Locale) => {
    if (locale === current) return;
    const outcome = await switchLocale(locale);
    setFailed(!outcome.ok);
  };
  return (
    <div className="language-switch">
      <div role="group" aria-label={words.ui.app.language} className="language-switch__buttons">
        {OFFERED_LOCALES.map((locale) => (
          <button
            key={locale}
            type="button"
            lang={LANG_TAG[locale]}
            aria-pressed={locale === current}
            onClick={() => void choose(locale)}
          >
            {LOCALE_NAMES[locale]}
          </button>
        ))}
      </div>
      {failed ? (
        <p role="alert" className="language-switch__problem">
          {words.ui.app.languageFailed}
        </p>
      ) : null}
    </div>
  );
}
