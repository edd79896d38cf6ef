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
    <p className="field">
      <label htmlFor={id}>{label}</label>
      {hint === undefined ? null : (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      <input
        id={id}
        type={type}
        value={value}
        inputMode={inputMode}
        autoComplete={autoComplete}
        maxLength={maxLength}
        aria-describedby={hint === undefined ? undefined : `${id}-hint`}
        onChange={(e) => {
          onChange(e.target.value);
        }}
      />
    </p>
  );
}
