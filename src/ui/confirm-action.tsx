import { useEffect, useId, useRef, useState } from 'react';

interface Props {
  /** The button that asks first. */
  readonly label: string;
  /** The question asked, in full ("Effacer … ? Cette action est définitive."). */
  readonly question: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly onConfirm: () => void;
  readonly triggerClassName?: string;
}

/**
 * A destructive action that asks for confirmation in place. The question takes the focus when it
 * appears; cancelling gives the focus back to the button.
 */
export function ConfirmAction({
  label,
  question,
  confirmLabel,
  cancelLabel,
  onConfirm,
  triggerClassName = 'button button--secondary',
}: Props) {
  const [asking, setAsking] = useState(false);
  const [returning, setReturning] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (returning) triggerRef.current?.focus();
  }, [asking, returning]);

  if (!asking) {
    return (
      <p>
        <button
          ref={triggerRef}
          type="button"
          className={triggerClassName}
          onClick={() => {
            setAsking(true);
          }}
        >
          {label}
        </button>
      </p>
    );
  }
  return (
    <div className="notice notice--warning" role="alertdialog" aria-labelledby={id}>
      <p id={id} tabIndex={-1} ref={questionRef}>
        {question}
      </p>
      <p className="actions">
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setReturning(true);
            setAsking(false);
          }}
        >
          {cancelLabel}
        </button>
      </p>
    </div>
  );
}
