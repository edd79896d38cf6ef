import { useId } from 'react';
import type { LetterLanguage, Party } from '../../stores/documents.ts';
import { LETTER_LANGUAGES, useDocuments } from '../../stores/documents.ts';
import { words } from '../../i18n/words.ts';

/**
 * The DSA notice's language, French by default or English, whatever the screens' language: a
 * radio group kept with the document's other details (saved and forgotten with them). Each
 * language's name is written in that language, and marked so for screen readers.
 */
export function NoticeLanguageChoice({
  party,
  value,
}: {
  readonly party: Party;
  readonly value: LetterLanguage;
}) {
  const setField = useDocuments((s) => s.setField);
  const id = useId();
  const text = words.documents.ui.noticeLanguage;
  return (
    <fieldset className="question notice-language" aria-describedby={`${id}-hint`}>
      <legend>{text.legend}</legend>
      <p id={`${id}-hint`} className="hint">
        {text.hint}
      </p>
      <div className="choices">
        {LETTER_LANGUAGES.map((language) => (
          <div className="choice" key={language}>
            <input
              id={`${id}-${language}`}
              type="radio"
              name={`${id}-language`}
              value={language}
              checked={value === language}
              onChange={(e) => {
                if (e.target.checked) setField(party, 'noticeLanguage', language);
              }}
            />
            <label htmlFor={`${id}-${language}`} lang={language}>
              {text[language]}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
