/**
 * A form's closing row: the submit button (unavailable while the request runs: marked, not `disabled`, so
 * the focus stays on it rather than falling to the page's body) and a way out without saving.
 */
export function FormActions({
  submit,
  disabled,
  cancel,
  onCancel,
}: {
  submit: string;
  disabled: boolean;
  cancel: string;
  onCancel: () => void;
}) {
  return (
    <div className="ws-actions">
      <button
        type="submit"
        aria-disabled={disabled}
        onClick={(event) => {
          // Also stops the implicit submission that Enter in a field makes through this button.
          if (disabled) event.preventDefault();
        }}
      >
        {submit}
      </button>
      <button type="button" className="ws-secondary" onClick={() => onCancel()}>
        {cancel}
      </button>
    </div>
  );
}
