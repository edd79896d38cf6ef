import { Field } from './field.tsx';

interface Props {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly type?: 'text' | 'password';
  readonly inputMode?: 'url' | undefined;
  readonly autoComplete?: 'current-password' | 'new-password' | 'off' | undefined;
  readonly maxLength?: number | undefined;
}

/** A labelled one-line field, with its hint read along with it. */
export function TextField({
  id,
  label,
  hint,
  value,
  onChange,
  type = 'text',
  inputMode,
  autoComplete,
  maxLength,
}: Props) {
  return (
    <Field id={id} label={label} hint={hint}>
      {(control) => (
        <input
          {...control}
          type={type}
          value={value}
          inputMode={inputMode}
          autoComplete={autoComplete}
          maxLength={maxLength}
          onChange={(e) => {
            onChange(e.target.value);
          }}
        />
      )}
    </Field>
  );
}
