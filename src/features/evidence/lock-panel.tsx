import type { SyntheticEvent } from 'react';
import { useId, useState } from 'react';
import { journalText as t } from '../../content/fr/journal.ts';
import { useVoice } from '../../i18n/context.tsx';
import { Notice } from '../../ui/notice.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { useJournal } from '../../stores/journal.ts';

const MIN_LENGTH = 8;

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
    setBusy(true);
    void unlock(passphrase).then(() => {
      setBusy(false);
      setPassphrase('');
    });
  };
  return (
    <section aria-labelledby="unlock-title">
      <h2 id="unlock-title">{t.lock.unlockTitle}</h2>
      <p>{v(t.lock.unlockText)}</p>
      <form onSubmit={onSubmit}>
        <PassphraseField
          id={`${id}-passphrase`}
          label={t.lock.passphrase}
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="current-password"
        />
        <p>
          <button type="submit" className="button" disabled={busy || passphrase === ''}>
            {t.lock.unlock}
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
  const id = useId();

  const onSet = (event: SyntheticEvent) => {
    event.preventDefault();
    setMessage(null);
    if (passphrase.length < MIN_LENGTH) {
      setError(t.lock.tooShort);
      return;
    }
    if (passphrase !== confirm) {
      setError(t.lock.mismatch);
      return;
    }
    setError(null);
    setBusy(true);
    void setLock(passphrase).then((ok) => {
      setBusy(false);
      setPassphrase('');
      setConfirm('');
      if (ok) setMessage(t.lock.done);
    });
  };

  const onRemove = (event: SyntheticEvent) => {
    event.preventDefault();
    setBusy(true);
    void removeLock(passphrase).then((ok) => {
      setBusy(false);
      setPassphrase('');
      if (ok) setMessage(t.lock.removed);
    });
  };

  return (
    <section aria-labelledby="lock-title">
      <h2 id="lock-title">{t.lock.title}</h2>
      <p>{v(t.lock.explain)}</p>
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
            label={t.lock.passphrase}
            hint={v(t.lock.passphraseHint)}
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="new-password"
          />
          <PassphraseField
            id={`${id}-confirm`}
            label={v(t.lock.confirm)}
            value={confirm}
            onChange={setConfirm}
            autoComplete="new-password"
          />
          <p>
            <button type="submit" className="button" disabled={busy}>
              {busy ? t.lock.setting : t.lock.set}
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
              {t.lock.lockNow}
            </button>
          </p>
          <form onSubmit={onRemove}>
            <PassphraseField
              id={`${id}-remove`}
              label={t.lock.passphrase}
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
                {t.lock.remove}
              </button>
            </p>
          </form>
        </>
      )}
    </section>
  );
}
