import { ConfirmDialog } from './confirm-dialog';
import type { AdminCall } from './use-admin-api';
import { useConfirmedCall } from './use-confirmed-call';

export interface ConfirmedActionProps {
  /** The button's word. */
  label: string;
  /** The dialog's question, naming what it acts on. */
  question: string;
  confirmLabel: string;
  /** What follows if she goes on, in plain words. */
  body: string;
  call: AdminCall<unknown>;
  onDone: () => void;
}

/** A button for something that cannot be undone (revoke, remove): it asks, then makes the call. */
export function ConfirmedAction({ label, question, confirmLabel, body, call, onDone }: ConfirmedActionProps) {
  const { asking, ask, dialog } = useConfirmedCall(call, onDone);
  return (
    <>
      <button type="button" className="btn btn-danger-outline" onClick={ask}>
        {label}
      </button>
      {asking && (
        <ConfirmDialog title={question} confirmLabel={confirmLabel} {...dialog}>
          <p>{body}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
