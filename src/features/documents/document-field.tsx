import { useVoice } from '../../i18n/context.tsx';
import { fill } from '../../i18n/voice.ts';
import { Field } from '../../ui/field.tsx';
import type { Details, Party } from '../../stores/documents.ts';
import { MAX_FIELD_LENGTH, useDocuments } from '../../stores/documents.ts';
import { journalLocations } from './build/platform-notice.ts';
import type { DocumentContext } from './context.ts';
import type { FieldSpec } from './fields.ts';
import { autoCompleteOf, inputOf, withJournalLocations } from './fields.ts';
import { words } from '../../i18n/words.ts';

/** One field of a document's form, typed in as `inputOf` says, saved as it is typed. */
export function DocumentField({
  spec,
  party,
  details,
  invalid,
  ctx,
}: {
  readonly spec: FieldSpec;
  readonly party: Party;
  readonly details: Details;
  readonly invalid: boolean;
  readonly ctx: DocumentContext;
}) {
  const v = useVoice();
  const setField = useDocuments((s) => s.setField);
  const { field, required } = spec;
  const text = words.documents.fields[field];
  const id = `field-${field}`;
  const hint = 'hint' in text ? v(text.hint) : undefined;

  // The one check box: ticked or not, never missing; its box comes before its label.
  if (field === 'civilParty') {
    return (
      <p className="field field--check">
        <input
          id={id}
          type="checkbox"
          checked={details.civilParty}
          aria-describedby={hint === undefined ? undefined : `${id}-hint`}
          onChange={(e) => {
            setField(party, 'civilParty', e.target.checked);
          }}
        />
        <label htmlFor={id}>{text.label}</label>
        {hint === undefined ? null : (
          <span id={`${id}-hint`} className="hint">
            {hint}
          </span>
        )}
      </p>
    );
  }

  const value = details[field];
  const input = inputOf(field);
  const onChange = (next: string) => {
    setField(party, field, next);
  };
  const common = {
    value,
    required,
    maxLength: MAX_FIELD_LENGTH,
    autoComplete: autoCompleteOf(field, party),
  };
  const { toAdd, merged } = withJournalLocations(
    value,
    field === 'urls' ? journalLocations(ctx) : [],
  );

  return (
    <Field
      id={id}
      label={text.label}
      required={required ? words.documents.ui.required : undefined}
      hint={hint}
      error={invalid ? fill(words.documents.ui.fieldMissing, { field: text.label }) : undefined}
    >
      {(control) => (
        <>
          {input.kind === 'long' ? (
            <textarea
              {...common}
              {...control}
              rows={input.rows}
              onChange={(e) => {
                onChange(e.target.value);
              }}
            />
          ) : (
            <input
              {...common}
              {...control}
              type={input.kind}
              max={input.kind === 'date' ? ctx.today : undefined}
              onChange={(e) => {
                onChange(e.target.value);
              }}
            />
          )}
          {toAdd.length > 0 ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                onChange(merged);
                // The button goes away once used: keep the focus on the field it filled.
                document.getElementById(id)?.focus();
              }}
            >
              {fill(words.documents.ui.useJournalUrls, { count: toAdd.length })}
            </button>
          ) : null}
        </>
      )}
    </Field>
  );
}
