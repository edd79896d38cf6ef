import { CONTENT_KINDS } from '../../engine/index.ts';
import { PLATFORM_IDS } from '../../content/platforms.ts';
import { useVoice } from '../../i18n/context.tsx';
import { fill } from '../../i18n/voice.ts';
import { LIMITS } from '../../lib/journal/model.ts';
import { Field } from '../../ui/field.tsx';
import { TextField } from '../../ui/text-field.tsx';
import { kindLabel } from '../../common/kind-label.ts';
import type { Draft, EntryProblem } from './entry-draft.ts';
import { withKind } from './entry-draft.ts';
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
      <CaptureTips platform={draft.platform} />
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
        <div className="choices choices--compact">
          {CONTENT_KINDS.map((kind) => (
            <div className="choice" key={kind}>
              <input
                id={idOf(`kind-${kind}`)}
                type="checkbox"
                value={kind}
                checked={draft.kinds.includes(kind)}
                onChange={(e) => {
                  set('kinds', withKind(draft.kinds, kind, e.target.checked));
                }}
              />
              <label htmlFor={idOf(`kind-${kind}`)}>{kindLabel(kind, v)}</label>
            </div>
          ))}
        </div>
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

/** What a useful capture shows, in general and on the chosen platform (its own traps). */
function CaptureTips({ platform }: { readonly platform: string }) {
  const tips = words.journal.entry.captureTips;
  const guide = (PLATFORM_IDS as readonly string[]).includes(platform)
    ? words.platforms.guides[platform as (typeof PLATFORM_IDS)[number]]
    : null;
  return (
    <details className="capture-tips">
      <summary>
        {guide === null ? tips.title : fill(tips.titleOn, { platform: guide.name })}
      </summary>
      <ul>
        {[...tips.general, ...(guide?.evidence ?? [])].map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}
