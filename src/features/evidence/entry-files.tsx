import type { AttachmentPolicy } from '../../engine/index.ts';
import { useVoice } from '../../i18n/context.tsx';
import { fill } from '../../i18n/voice.ts';
import type { AttachmentMeta } from '../../lib/journal/model.ts';
import { LIMITS } from '../../lib/journal/model.ts';
import { Notice } from '../../ui/notice.tsx';
import { formatBytes } from '../../common/format.ts';
import type { EntryProblem } from './entry-draft.ts';
import { words } from '../../i18n/words.ts';

/**
 * The act's files: those kept from before, those chosen now, and the file picker — or, for
 * content whose copy is an offence (the engine's attachment policy), why no file is kept.
 */
export function EntryFiles({
  policy,
  confirmed,
  onConfirm,
  errors,
  kept,
  onRemoveKept,
  added,
  onRemoveAdded,
  tooBig,
  onFiles,
  idOf,
}: {
  readonly policy: AttachmentPolicy;
  readonly confirmed: boolean;
  readonly onConfirm: (confirmed: boolean) => void;
  readonly errors: readonly EntryProblem[];
  readonly kept: readonly AttachmentMeta[];
  readonly onRemoveKept: (id: string) => void;
  readonly added: readonly File[];
  readonly onRemoveAdded: (index: number) => void;
  /** Files refused as too big in the last choice. */
  readonly tooBig: readonly File[];
  readonly onFiles: (files: FileList | null) => void;
  readonly idOf: (name: string) => string;
}) {
  const v = useVoice();
  if (policy === 'refuse') {
    return (
      <Notice tone="danger" title={words.journal.refused.title} role="status">
        <p>{v(words.journal.refused.text)}</p>
      </Notice>
    );
  }
  return (
    <div className="field">
      {policy === 'confirm-no-intimate-image' ? (
        <div className="choice">
          <input
            id={idOf('no-intimate-image')}
            type="checkbox"
            checked={confirmed}
            aria-invalid={errors.includes('confirm-no-intimate-image')}
            aria-describedby={idOf('no-intimate-image-hint')}
            onChange={(e) => {
              onConfirm(e.target.checked);
            }}
          />
          <label htmlFor={idOf('no-intimate-image')}>
            {words.journal.entry.confirmNoIntimateImage}
          </label>
          <span id={idOf('no-intimate-image-hint')} className="choice__hint">
            {v(words.journal.entry.confirmNoIntimateImageHint)}
          </span>
        </div>
      ) : null}
      <label htmlFor={idOf('files')}>{words.journal.entry.attachments}</label>
      <span id={idOf('files-hint')} className="hint">
        {words.journal.entry.attachmentsHint}
      </span>
      <input
        id={idOf('files')}
        type="file"
        multiple
        accept="image/*,video/*,audio/*,application/pdf,text/plain,.txt,.zip,.html,.json"
        aria-describedby={idOf('files-hint')}
        onChange={(e) => {
          onFiles(e.target.files);
          e.target.value = '';
        }}
      />
      {tooBig.map((file, index) => (
        <p key={`${file.name}-${index}`} className="error-message" role="alert">
          {fill(words.journal.entry.errorFileTooBig, {
            name: file.name,
            max: formatBytes(LIMITS.maxAttachmentBytes),
          })}
        </p>
      ))}
      <ul className="files">
        {kept.map((a) => (
          <FileItem
            key={a.id}
            name={a.name}
            size={a.size}
            onRemove={() => {
              onRemoveKept(a.id);
            }}
          />
        ))}
        {added.map((file, index) => (
          <FileItem
            key={`${file.name}-${index}`}
            name={file.name}
            size={file.size}
            onRemove={() => {
              onRemoveAdded(index);
            }}
          />
        ))}
      </ul>
    </div>
  );
}

function FileItem({
  name,
  size,
  onRemove,
}: {
  readonly name: string;
  readonly size: number;
  readonly onRemove: () => void;
}) {
  return (
    <li>
      {name} ({formatBytes(size)}){' '}
      <button type="button" className="link-button" onClick={onRemove}>
        {words.journal.entry.removeFile}
        <span className="visually-hidden"> {name}</span>
      </button>
    </li>
  );
}
