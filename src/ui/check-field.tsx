interface Props {
  readonly id: string;
  readonly label: string;
  /** Said under the label, and by screen readers with the box. */
  readonly hint: string;
  /** Left out for a box the page does not keep (a checklist ticked for oneself). */
  readonly checked?: boolean;
  readonly onChange?: (checked: boolean) => void;
}

/** A checkbox with its label and a hint under it. */
export function CheckField({ id, label, hint, checked, onChange }: Props) {
  return (
    <p className="field field--check">
      <input
        type="checkbox"
        id={id}
        aria-describedby={`${id}-hint`}
        checked={checked}
        onChange={
          onChange &&
          ((event) => {
            onChange(event.target.checked);
          })
        }
      />
      <label htmlFor={id}>{label}</label>
      <span id={`${id}-hint`} className="hint">
        {hint}
      </span>
    </p>
  );
}
