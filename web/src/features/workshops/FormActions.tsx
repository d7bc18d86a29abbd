/** A form's closing row: the submit button (off while the request runs) and a way out without saving. */
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
      <button type="submit" disabled={disabled}>
        {submit}
      </button>
      <button type="button" className="ws-secondary" onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}
