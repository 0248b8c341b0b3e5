import { FormRefusal } from '../../ui/form/form-refusal';

/** The foot of a manager's form: why it was refused, if it was, then submit and close. */
export function AdminFormActions({
  canSubmit,
  submitLabel,
  closeLabel,
  onClose,
}: {
  canSubmit: boolean;
  submitLabel: string;
  closeLabel: string;
  onClose: () => void;
}) {
  return (
    <>
      <FormRefusal />
      <div className="admin-actions">
        <button type="submit" className="btn btn-primary" disabled={!canSubmit}>
          {submitLabel}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
    </>
  );
}
