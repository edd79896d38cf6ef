import type { ReactNode } from 'react';

/** What a field's control must carry to be read with its label, hint and error. */
export interface ControlProps {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': true | undefined;
}

interface Props {
  /** The control's id; the hint and error take `<id>-hint` and `<id>-error`. */
  readonly id: string;
  readonly label: ReactNode;
  /** Shown after the label when the field is required (`"(obligatoire)"`). */
  readonly required?: string | undefined;
  readonly hint?: ReactNode;
  /** What is wrong with the value: shown, read with the control, and the control marked invalid. */
  readonly error?: ReactNode;
  readonly className?: string | undefined;
  /** The control itself (input, select, textarea), given the ids it must carry. */
  readonly children: (control: ControlProps) => ReactNode;
}

/**
 * Every form field of Balise: a label, an optional required marker, hint and error, then the
 * control, with `aria-describedby` and `aria-invalid` set once, here.
 */
export function Field({ id, label, required, hint, error, className, children }: Props) {
  const hintId = hint === undefined ? '' : `${id}-hint`;
  const errorId = error === undefined ? '' : `${id}-error`;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className === undefined ? 'field' : `field ${className}`}>
      <label htmlFor={id}>
        {label}
        {required === undefined ? null : <span className="required"> {required}</span>}
      </label>
      {hint === undefined ? null : (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
      {error === undefined ? null : (
        <span id={errorId} className="error-message">
          {error}
        </span>
      )}
      {children({
        id,
        'aria-describedby': describedBy,
        'aria-invalid': error === undefined ? undefined : true,
      })}
    </div>
  );
}
