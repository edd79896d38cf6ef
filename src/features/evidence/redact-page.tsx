import { useEffect, useId, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useVoice } from '../../i18n/context.tsx';
import { fill } from '../../i18n/voice.ts';
import { words } from '../../i18n/words.ts';
import type { JournalProblem } from '../../lib/journal/db.ts';
import { hashBlob } from '../../lib/journal/hash.ts';
import type { AttachmentMeta, JournalEntry } from '../../lib/journal/model.ts';
import { useJournal } from '../../stores/journal.ts';
import { Field } from '../../ui/field.tsx';
import { useFocusOnChange } from '../../ui/focus-on-change.ts';
import { Notice } from '../../ui/notice.tsx';
import { PageHeading } from '../../ui/page-heading.tsx';
import { isPicture } from './attachments.ts';
import { messageOf } from './journal-problem.tsx';
import { EntryNotFound, JournalWaiting } from './journal-states.tsx';
import type { RedactProblem } from './redact-image.ts';
import { redactImage } from './redact-image.ts';
import type { Zone } from './redaction.ts';
import {
  MAX_ZONES,
  isZone,
  maskedName,
  withMaskedCopy,
  zoneBetween,
  zoneFromPercents,
} from './redaction.ts';
import { useEntry } from './use-entry.ts';
import './evidence.css';

/** `/preuves/:entryId/masquer/:attachmentId`: a copy of a picture with zones masked in black. */
export function RedactPage() {
  const { entryId, attachmentId } = useParams();
  const { status, entry } = useEntry(entryId);
  if (status !== 'ready') return <JournalWaiting />;
  const meta = entry?.attachments.find((a) => a.id === attachmentId);
  if (entry === undefined || meta === undefined) return <EntryNotFound />;
  return <Redact entry={entry} meta={meta} />;
}

type Failure =
  | { readonly kind: 'image'; readonly problem: RedactProblem }
  | { readonly kind: 'journal'; readonly problem: JournalProblem }
  | { readonly kind: 'no-zone' };

const EMPTY_FIELDS = { x: '', y: '', width: '', height: '' };

function Redact({ entry, meta }: { readonly entry: JournalEntry; readonly meta: AttachmentMeta }) {
  const v = useVoice();
  const m = words.journal.mask;
  const id = useId();
  const navigate = useNavigate();
  const open = useJournal((s) => s.open);
  const save = useJournal((s) => s.save);
  const [original, setOriginal] = useState<{ blob: Blob; url: string } | null>(null);
  const [zones, setZones] = useState<readonly Zone[]>([]);
  const [drawing, setDrawing] = useState<{ from: Zone; to: Zone } | null>(null);
  const [fields, setFields] = useState(EMPTY_FIELDS);
  const [fieldsError, setFieldsError] = useState<'invalid' | 'tooMany' | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const failureRef = useFocusOnChange<HTMLDivElement>(failure);
  const surface = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    let url: string | null = null;
    void open()
      .then((repo) => repo.file(meta.id))
      .then(
        (blob) => {
          if (!live) return;
          url = URL.createObjectURL(blob);
          setOriginal({ blob, url });
        },
        () => {
          if (live) setFailure({ kind: 'image', problem: 'unreadable' });
        },
      );
    return () => {
      live = false;
      if (url !== null) URL.revokeObjectURL(url);
    };
  }, [open, meta.id]);

  const add = (zone: Zone): boolean => {
    if (zones.length >= MAX_ZONES) {
      setFieldsError('tooMany');
      return false;
    }
    setZones([...zones, zone]);
    return true;
  };
  /** Where the pointer is on the image, as fractions of its size. */
  const at = (event: ReactPointerEvent<HTMLDivElement>): Zone => {
    const box = event.currentTarget.getBoundingClientRect();
    return {
      x: (event.clientX - box.left) / box.width,
      y: (event.clientY - box.top) / box.height,
      width: 0,
      height: 0,
    };
  };
  const shown = drawing === null ? null : zoneBetween(drawing.from, drawing.to);

  const create = async () => {
    if (original === null) return;
    if (zones.length === 0) {
      setFailure({ kind: 'no-zone' });
      return;
    }
    setBusy(true);
    setFailure(null);
    const made = await redactImage(original.blob, zones);
    if (!made.ok) {
      setBusy(false);
      setFailure({ kind: 'image', problem: made.problem });
      return;
    }
    const now = new Date().toISOString();
    const copy = {
      id: crypto.randomUUID(),
      name: maskedName(meta.name),
      type: 'image/png',
      size: made.blob.size,
      sha256: await hashBlob(made.blob),
      addedAt: now,
    };
    const next = withMaskedCopy(entry, copy, meta, now);
    const added = next.attachments.at(-1) as AttachmentMeta;
    const result = await save(next, [{ meta: added, data: made.blob }], [], entry.updatedAt);
    setBusy(false);
    if (result.ok) void navigate(`/preuves/${entry.id}`, { state: { masked: true } });
    else setFailure({ kind: 'journal', problem: result.problem });
  };

  return (
    <article>
      <p>
        <Link className="back-link" to={`/preuves/${entry.id}`}>
          {m.back}
        </Link>
      </p>
      <PageHeading>{fill(m.title, { name: meta.name })}</PageHeading>
      <p>{m.intro}</p>
      {!isPicture(meta.type) ? (
        <Notice tone="warning">
          <p>{m.notPicture}</p>
        </Notice>
      ) : (
        <>
          <p>{m.draw}</p>
          {original === null ? null : (
            <div
              ref={surface}
              className="mask-surface"
              role="img"
              aria-label={m.imageLabel}
              onPointerDown={(event) => {
                // Keeps the drag when it leaves the image; where capture is refused, it still draws.
                try {
                  event.currentTarget.setPointerCapture(event.pointerId);
                } catch {
                  /* the zone is drawn the same */
                }
                const point = at(event);
                setDrawing({ from: point, to: point });
              }}
              onPointerMove={(event) => {
                if (drawing !== null) setDrawing({ ...drawing, to: at(event) });
              }}
              onPointerUp={(event) => {
                if (drawing === null) return;
                const zone = zoneBetween(drawing.from, at(event));
                setDrawing(null);
                if (isZone(zone)) add(zone);
              }}
              onPointerCancel={() => {
                setDrawing(null);
              }}
            >
              <img src={original.url} alt="" draggable={false} />
              {[...zones, ...(shown === null ? [] : [shown])].map((zone, index) => (
                <span
                  key={index}
                  className="mask-zone"
                  style={{
                    left: `${String(zone.x * 100)}%`,
                    top: `${String(zone.y * 100)}%`,
                    width: `${String(zone.width * 100)}%`,
                    height: `${String(zone.height * 100)}%`,
                  }}
                />
              ))}
            </div>
          )}
          <h2>{m.zonesTitle}</h2>
          {zones.length === 0 ? <p>{m.none}</p> : null}
          <ul className="mask-zones">
            {zones.map((zone, index) => (
              <li key={index}>
                {fill(m.zone, { number: index + 1 })} : {Math.round(zone.x * 100)} %,{' '}
                {Math.round(zone.y * 100)} %, {Math.round(zone.width * 100)} ×{' '}
                {Math.round(zone.height * 100)} %{' '}
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    setZones(zones.filter((_, i) => i !== index));
                  }}
                >
                  {fill(m.removeZone, { number: index + 1 })}
                </button>
              </li>
            ))}
          </ul>
          <fieldset className="mask-fields">
            <legend>{m.addTitle}</legend>
            {fieldsError === null ? null : (
              <p id={`${id}-error`} className="error-message">
                {m[fieldsError]}
              </p>
            )}
            {(['x', 'y', 'width', 'height'] as const).map((key) => (
              <Field key={key} id={`${id}-${key}`} label={m[key]}>
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    inputMode="decimal"
                    size={5}
                    value={fields[key]}
                    aria-describedby={fieldsError === null ? undefined : `${id}-error`}
                    onChange={(e) => {
                      setFields({ ...fields, [key]: e.target.value });
                    }}
                  />
                )}
              </Field>
            ))}
            <p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  const zone = zoneFromPercents(fields);
                  if (zone === null || !isZone(zone)) {
                    setFieldsError('invalid');
                    return;
                  }
                  if (add(zone)) {
                    setFields(EMPTY_FIELDS);
                    setFieldsError(null);
                  }
                }}
              >
                {m.add}
              </button>
            </p>
          </fieldset>
          <div ref={failureRef} tabIndex={-1}>
            {failure === null ? null : (
              <Notice tone="danger" role="alert">
                <p>
                  {failure.kind === 'no-zone'
                    ? m.needZone
                    : failure.kind === 'image'
                      ? m.failed[failure.problem]
                      : v(messageOf(failure.problem))}
                </p>
              </Notice>
            )}
          </div>
          <p className="actions">
            <button
              type="button"
              className="button"
              disabled={busy || original === null}
              onClick={() => {
                void create();
              }}
            >
              {busy ? m.creating : m.create}
            </button>
          </p>
        </>
      )}
    </article>
  );
}
