import type { SyntheticEvent } from 'react';
import { useId, useState } from 'react';
import { PASSPHRASE_WORDS } from '../../content/fr/passphrase-words.ts';
import { useVoice } from '../../i18n/context.tsx';
import { passphraseStrength, suggestPassphrase } from '../../lib/journal/passphrase.ts';
import { Notice } from '../../ui/notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import type { AutoLockMinutes } from '../../stores/auto-lock.ts';
import { AUTO_LOCK_CHOICES, useAutoLock } from '../../stores/auto-lock.ts';
import { useJournal } from '../../stores/journal.ts';
import { words } from '../../i18n/words.ts';

function PassphraseField(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
}) {
  return <TextField type="password" {...props} />;
}

/** The journal is locked: ask for the passphrase. A wrong one changes nothing. */
export function UnlockForm() {
  const v = useVoice();
  const unlock = useJournal((s) => s.unlock);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();
  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    // Out of the field and of the state at once: only the key derivation holds it, briefly.
    const typed = passphrase;
    setPassphrase('');
    setBusy(true);
    void unlock(typed).then(() => {
      setBusy(false);
    });
  };
  return (
    <section aria-labelledby="unlock-title">
      <h2 id="unlock-title">{words.journal.lock.unlockTitle}</h2>
      <p>{v(words.journal.lock.unlockText)}</p>
      <form onSubmit={onSubmit}>
        <PassphraseField
          id={`${id}-passphrase`}
          label={words.journal.lock.passphrase}
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="current-password"
        />
        <p>
          <button type="submit" className="button" disabled={busy || passphrase === ''}>
            {words.journal.lock.unlock}
          </button>
        </p>
      </form>
    </section>
  );
}

/** Set a passphrase, lock now, or remove the lock. */
export function LockPanel() {
  const v = useVoice();
  const lock = useJournal((s) => s.lock);
  const setLock = useJournal((s) => s.setLock);
  const removeLock = useJournal((s) => s.removeLock);
  const lockNow = useJournal((s) => s.lockNow);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [suggestion, setSuggestion] = useState<string | null>(null);
  const autoLock = useAutoLock((s) => s.minutes);
  const chooseAutoLock = useAutoLock((s) => s.choose);
  const [autoLockKept, setAutoLockKept] = useState(true);
  const id = useId();
  const strength = passphrase === '' ? null : passphraseStrength(passphrase);

  /** Empties every passphrase this panel holds, in its fields and its state. */
  const forget = () => {
    setPassphrase('');
    setConfirm('');
    setSuggestion(null);
  };

  const onSet = (event: SyntheticEvent) => {
    event.preventDefault();
    setMessage(null);
    if (passphraseStrength(passphrase) === 'too-short') {
      setError(words.journal.lock.tooShort);
      return;
    }
    if (passphrase !== confirm) {
      setError(words.journal.lock.mismatch);
      return;
    }
    setError(null);
    const chosen = passphrase;
    forget();
    setBusy(true);
    void setLock(chosen).then((result) => {
      setBusy(false);
      // A failure is said by the journal's problem notice, above the panel.
      if (result.ok) setMessage(words.journal.lock.done);
    });
  };

  const onRemove = (event: SyntheticEvent) => {
    event.preventDefault();
    const typed = passphrase;
    forget();
    setBusy(true);
    void removeLock(typed).then((result) => {
      setBusy(false);
      if (result.ok) setMessage(words.journal.lock.removed);
    });
  };

  return (
    <section aria-labelledby="lock-title">
      <h2 id="lock-title">{words.journal.lock.title}</h2>
      <p>{v(words.journal.lock.explain)}</p>
      <p>{v(words.journal.lock.diskTraces)}</p>
      {message === null ? null : (
        <Notice tone="success" role="status">
          <p>{message}</p>
        </Notice>
      )}
      {error === null ? null : (
        <p className="error-message" role="alert">
          {error}
        </p>
      )}
      {lock === 'none' ? (
        <form onSubmit={onSet}>
          <PassphraseField
            id={`${id}-new`}
            label={words.journal.lock.passphrase}
            hint={v(words.journal.lock.passphraseHint)}
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="new-password"
          />
          {strength === 'weak' || strength === 'strong' ? (
            <p role="status" className={strength === 'weak' ? 'error-message' : undefined}>
              {strength === 'weak' ? words.journal.lock.weak : words.journal.lock.strong}
            </p>
          ) : null}
          <PassphraseField
            id={`${id}-confirm`}
            label={v(words.journal.lock.confirm)}
            value={confirm}
            onChange={setConfirm}
            autoComplete="new-password"
          />
          <p>{words.journal.lock.passphraseWhy}</p>
          <p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setSuggestion(suggestPassphrase(PASSPHRASE_WORDS));
              }}
            >
              {words.journal.lock.suggest}
            </button>
          </p>
          {suggestion === null ? null : (
            <div className="passphrase-suggestion">
              <p>
                {words.journal.lock.suggestion} <strong lang="fr">{suggestion}</strong>
              </p>
              <p>{v(words.journal.lock.suggestionKeep)}</p>
              <p>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    setPassphrase(suggestion);
                    setConfirm(suggestion);
                  }}
                >
                  {words.journal.lock.useSuggestion}
                </button>
              </p>
            </div>
          )}
          <p>
            <button type="submit" className="button" disabled={busy}>
              {busy ? words.journal.lock.setting : words.journal.lock.set}
            </button>
          </p>
        </form>
      ) : (
        <>
          <p>
            <button
              type="button"
              className="button"
              onClick={() => {
                void lockNow();
              }}
            >
              {words.journal.lock.lockNow}
            </button>
          </p>
          <p className="field">
            <label htmlFor={`${id}-auto`}>{words.journal.lock.autoLock}</label>
            <span className="hint" id={`${id}-auto-hint`}>
              {words.journal.lock.autoLockHint}
            </span>
            <select
              id={`${id}-auto`}
              aria-describedby={`${id}-auto-hint`}
              value={autoLock}
              onChange={(e) => {
                const minutes = Number(e.target.value) as AutoLockMinutes;
                setAutoLockKept(chooseAutoLock(minutes).ok);
              }}
            >
              {AUTO_LOCK_CHOICES.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {words.journal.lock.autoLockChoices[minutes]}
                </option>
              ))}
            </select>
          </p>
          {autoLockKept ? null : <p role="alert">{words.journal.lock.autoLockNotKept}</p>}
          <form onSubmit={onRemove}>
            <PassphraseField
              id={`${id}-remove`}
              label={words.journal.lock.passphrase}
              value={passphrase}
              onChange={setPassphrase}
              autoComplete="current-password"
            />
            <p>
              <button
                type="submit"
                className="button button--secondary"
                disabled={busy || passphrase === ''}
              >
                {words.journal.lock.remove}
              </button>
            </p>
          </form>
        </>
      )}
    </section>
  );
}
