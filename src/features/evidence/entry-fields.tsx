import { CONTENT_KINDS } from '../../engine/index.ts';
import { PLATFORM_IDS } from '../../content/platforms.ts';
import { useVoice } from '../../i18n/context.tsx';
import { fill } from '../../i18n/voice.ts';
import { CAPTURE_CHECKS, LIMITS } from '../../lib/journal/model.ts';
import { Field } from '../../ui/field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { kindLabel } from '../../common/kind-label.ts';
import type { Draft, EntryProblem } from './entry-draft.ts';
import { isEphemeral, withCheck, withKind } from './entry-draft.ts';
import { words } from '../../i18n/words.ts';

/** The words of an act: when, where, who, what kind, what happened. */
export function EntryFields({
  draft,
  set,
  errors,
  idOf,
}: {
  readonly draft: Draft;
  readonly set: <K extends keyof Draft>(key: K, value: Draft[K]) => void;
  readonly errors: readonly EntryProblem[];
  /** The field's id in this form. */
  readonly idOf: (name: string) => string;
}) {
  const v = useVoice();
  return (
    <>
      <fieldset>
        <legend>{words.journal.entry.occurredAt}</legend>
        <div className="field-row">
          <Field id={idOf('date')} label={words.journal.entry.date}>
            {(control) => (
              <input
                {...control}
                type="date"
                required
                value={draft.date}
                // The error summary says what is missing; the field is marked, not repeated.
                aria-invalid={errors.includes('occurred-at') || undefined}
                onChange={(e) => {
                  set('date', e.target.value);
                }}
              />
            )}
          </Field>
          <Field id={idOf('time')} label={v(words.journal.entry.time)}>
            {(control) => (
              <input
                {...control}
                type="time"
                value={draft.time}
                onChange={(e) => {
                  set('time', e.target.value);
                }}
              />
            )}
          </Field>
        </div>
        <div className="choice">
          <input
            id={idOf('approximate')}
            type="checkbox"
            checked={draft.approximate}
            onChange={(e) => {
              set('approximate', e.target.checked);
            }}
          />
          <label htmlFor={idOf('approximate')}>{words.journal.entry.approximate}</label>
        </div>
      </fieldset>

      <Field id={idOf('platform')} label={words.journal.entry.platform}>
        {(control) => (
          <select
            {...control}
            value={draft.platform}
            onChange={(e) => {
              set('platform', e.target.value);
            }}
          >
            {PLATFORM_IDS.map((id) => (
              <option key={id} value={id}>
                {words.platforms.guides[id].name}
              </option>
            ))}
            <option value="other">{words.journal.entry.platformOther}</option>
          </select>
        )}
      </Field>
      <CaptureChecks draft={draft} set={set} idOf={idOf} />
      <TextField
        id={idOf('where')}
        maxLength={LIMITS.maxWhereLength}
        label={words.journal.entry.where}
        value={draft.where}
        onChange={(x) => {
          set('where', x);
        }}
      />
      <TextField
        id={idOf('url')}
        maxLength={LIMITS.maxUrlLength}
        label={words.journal.entry.url}
        hint={v(words.journal.entry.urlHint)}
        value={draft.url}
        inputMode="url"
        onChange={(x) => {
          set('url', x);
        }}
      />
      <TextField
        id={idOf('conversation')}
        maxLength={LIMITS.maxConversationLength}
        label={words.journal.entry.conversation}
        value={draft.conversation}
        onChange={(x) => {
          set('conversation', x);
        }}
      />
      <TextField
        id={idOf('author')}
        maxLength={LIMITS.maxAuthorLength}
        label={words.journal.entry.author}
        hint={v(words.journal.entry.authorHint)}
        value={draft.author}
        onChange={(x) => {
          set('author', x);
        }}
      />

      <fieldset aria-invalid={errors.includes('kinds')}>
        <legend>{words.journal.entry.kinds}</legend>
        <Ticks
          options={CONTENT_KINDS}
          ticked={draft.kinds}
          idOf={(kind) => idOf(`kind-${kind}`)}
          label={(kind) => kindLabel(kind, v)}
          onChange={(kind, on) => {
            set('kinds', withKind(draft.kinds, kind, on));
          }}
        />
      </fieldset>

      <Field
        id={idOf('description')}
        label={words.journal.entry.description}
        hint={words.journal.entry.descriptionHint}
      >
        {(control) => (
          <textarea
            {...control}
            rows={5}
            maxLength={LIMITS.maxDescriptionLength}
            value={draft.description}
            onChange={(e) => {
              set('description', e.target.value);
            }}
          />
        )}
      </Field>
    </>
  );
}

/**
 * What the capture shows, ticked by the person and kept with the act (it is written in the
 * chronology); first, for a story or a snap, to capture it now; after, the platform's own traps.
 */
function CaptureChecks({
  draft,
  set,
  idOf,
}: {
  readonly draft: Draft;
  readonly set: <K extends keyof Draft>(key: K, value: Draft[K]) => void;
  readonly idOf: (name: string) => string;
}) {
  const v = useVoice();
  const c = words.journal.entry.captureChecks;
  const guide = (PLATFORM_IDS as readonly string[]).includes(draft.platform)
    ? words.platforms.guides[draft.platform as (typeof PLATFORM_IDS)[number]]
    : null;
  return (
    <>
      {isEphemeral(draft) && (
        <p className="notice notice--warning" id={idOf('ephemeral')}>
          {v(c.ephemeral)}
        </p>
      )}
      <fieldset aria-describedby={idOf('checks-hint')}>
        <legend>{v(c.legend)}</legend>
        <p id={idOf('checks-hint')} className="hint">
          {v(c.hint)}
        </p>
        <Ticks
          options={CAPTURE_CHECKS}
          ticked={draft.checks}
          idOf={(check) => idOf(`check-${check}`)}
          label={(check) => c.items[check]}
          onChange={(check, on) => {
            set('checks', withCheck(draft.checks, check, on));
          }}
        />
      </fieldset>
      {guide !== null && (
        <details className="capture-tips">
          <summary>
            {fill(words.journal.entry.captureTips.titleOn, { platform: guide.name })}
          </summary>
          <ul>
            {guide.evidence.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** Checkboxes for a list of ids, in the list's order. */
function Ticks<T extends string>({
  options,
  ticked,
  idOf,
  label,
  onChange,
}: {
  readonly options: readonly T[];
  readonly ticked: readonly T[];
  readonly idOf: (option: T) => string;
  readonly label: (option: T) => string;
  readonly onChange: (option: T, on: boolean) => void;
}) {
  return (
    <div className="choices choices--compact">
      {options.map((option) => (
        <div className="choice" key={option}>
          <input
            id={idOf(option)}
            type="checkbox"
            value={option}
            checked={ticked.includes(option)}
            onChange={(e) => {
              onChange(option, e.target.checked);
            }}
          />
          <label htmlFor={idOf(option)}>{label(option)}</label>
        </div>
      ))}
    </div>
  );
}
