import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import type { StaffCard } from '../../../shared/schemas/security.schema';
import { changeStaff } from '../../api/staff.api';
import { ConfirmDialog } from '../admin/confirm-dialog';
import { errorText } from '../admin/error-text';
import { useAdminCall } from '../admin/use-admin-api';

/** Owner: she leaves the store; her sessions end with it. The server keeps the last owner. */
export function RemoveStaff({ card, onChanged }: { card: StaffCard; onChanged: (message: string) => void }) {
  const { t } = useAdminTranslation();
  const run = useAdminCall();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = () => {
    setBusy(true);
    setError(null);
    void run((auth) => changeStaff(auth, card.id, { active: false })).then((r) => {
      setBusy(false);
      if (r.ok) {
        setAsking(false);
        onChanged(t('admin.staff.removeDone', { name: card.name }));
      } else {
        setError(errorText(t, r));
      }
    });
  };

  return (
    <>
      <button type="button" className="btn btn-danger-outline" onClick={() => setAsking(true)}>
        {t('admin.staff.remove')}
      </button>
      {asking && (
        <ConfirmDialog
          title={t('admin.staff.removeQuestion', { name: card.name })}
          confirmLabel={t('admin.staff.removeConfirm')}
          busy={busy}
          error={error}
          onConfirm={confirm}
          onCancel={() => {
            setAsking(false);
            setError(null);
          }}
        >
          <p>{t('admin.staff.removeBody')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
