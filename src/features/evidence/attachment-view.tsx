import { useEffect, useState } from 'react';
import { useVoice } from '../../i18n/context.tsx';
import { JournalError } from '../../lib/journal/db.ts';
import { verifyBlob } from '../../lib/journal/hash.ts';
import type { AttachmentMeta } from '../../lib/journal/model.ts';
import { useJournal } from '../../stores/journal.ts';
import { inertBlob, isPicture } from './attachments.ts';
import { words } from '../../i18n/words.ts';

/** A file that is gone (`not-found`) or that could not be read now (anything else). */
const lossOf = (error: unknown): 'missing' | 'unreadable' =>
  error instanceof JournalError && error.problem === 'not-found' ? 'missing' : 'unreadable';

/**
 * One file of an act: its name, its SHA-256, a one-click check, and for a picture a thumbnail
 * that stays blurred until the user asks to see it. Any other file is only ever saved to the
 * device, never opened as a page (`inertBlob`).
 */
export function AttachmentView({ meta, sizeLabel }: { meta: AttachmentMeta; sizeLabel: string }) {
  const v = useVoice();
  const open = useJournal((s) => s.open);
  const [url, setUrl] = useState<string | null>(null);
  const [visible, setVisible] = useState(false);
  const [check, setCheck] = useState<'idle' | 'busy' | 'same' | 'changed'>('idle');
  /** Why the file cannot be read: gone from the device, or not readable right now. */
  const [lost, setLost] = useState<'missing' | 'unreadable' | null>(null);
  const isImage = isPicture(meta.type);

  useEffect(() => {
    let live = true;
    let objectUrl: string | null = null;
    void open()
      .then((repo) => repo.file(meta.id))
      .then(
        (blob) => {
          if (!live) return;
          objectUrl = URL.createObjectURL(inertBlob(blob, meta.type));
          setUrl(objectUrl);
        },
        (error: unknown) => {
          if (live) setLost(lossOf(error));
        },
      );
    return () => {
      live = false;
      if (objectUrl !== null) URL.revokeObjectURL(objectUrl);
    };
  }, [open, meta.id, meta.type]);

  const verify = async () => {
    setCheck('busy');
    try {
      const blob = await (await open()).file(meta.id);
      setCheck((await verifyBlob(blob, meta.sha256)) ? 'same' : 'changed');
    } catch (error) {
      setLost(lossOf(error));
      setCheck('idle');
    }
  };

  return (
    <div className="attachment" data-attachment={meta.id}>
      {isImage && url !== null ? (
        <div className="attachment__thumb">
          <img
            src={url}
            alt={visible ? meta.name : v(words.journal.entry.blurred)}
            className={visible ? 'thumb' : 'thumb thumb--blurred'}
          />
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setVisible((x) => !x);
            }}
          >
            {visible ? words.journal.entry.hide : words.journal.entry.show}
          </button>
        </div>
      ) : null}
      <p>
        <strong className="break">{meta.name}</strong> ({sizeLabel})
        {url === null ? null : (
          <>
            {' · '}
            <a href={url} download={meta.name}>
              {words.journal.entry.open}
            </a>
          </>
        )}
      </p>
      <p className="hash">
        {words.journal.entry.hash} : <code>{meta.sha256}</code>
      </p>
      <p>
        <button
          type="button"
          className="button button--secondary"
          disabled={check === 'busy'}
          onClick={() => {
            void verify();
          }}
        >
          {check === 'busy' ? words.journal.entry.verifying : words.journal.entry.verify}
        </button>
      </p>
      <p
        role="status"
        className={check === 'changed' || lost !== null ? 'error-message' : undefined}
      >
        {lost === 'missing'
          ? words.journal.entry.missing
          : lost === 'unreadable'
            ? v(words.journal.entry.unreadable)
            : check === 'same'
              ? words.journal.entry.verified
              : check === 'changed'
                ? words.journal.entry.changed
                : ''}
      </p>
      {lost === 'missing' ? <p>{v(words.journal.entry.missingWhat)}</p> : null}
    </div>
  );
}
