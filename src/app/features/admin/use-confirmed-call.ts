import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { errorText } from './error-text';
import { useAdminCall, type AdminCall } from './use-admin-api';

/** What a ConfirmDialog needs from a confirmed call. */
export interface ConfirmedCallDialog {
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * An admin call made only once she has confirmed it: `ask` opens the question, confirming makes
 * the call, and a refusal stays in the open dialog in her words so she can try again or cancel.
 */
export function useConfirmedCall<T>(
  call: AdminCall<T>,
  onDone: () => void,
): { asking: boolean; ask: () => void; dialog: ConfirmedCallDialog } {
  const { t } = useAdminTranslation();
  const run = useAdminCall();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onConfirm = () => {
    setBusy(true);
    setError(null);
    void run(call).then((r) => {
      setBusy(false);
      if (r.ok) {
        setAsking(false);
        onDone();
      } else {
        setError(errorText(t, r));
      }
    });
  };
  const onCancel = () => {
    setAsking(false);
    setError(null);
  };
  return { asking, ask: () => setAsking(true), dialog: { busy, error, onConfirm, onCancel } };
}
