import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import type { StaffCard } from '../../../shared/schemas/security.schema';
import type { StaffRole } from '../../../shared/schemas/setup.schema';
import { changeStaff } from '../../api/staff.api';
import { ConfirmDialog } from '../admin/confirm-dialog';
import { useConfirmedCall } from '../admin/use-confirmed-call';

const ROLES: readonly StaffRole[] = ['associate', 'manager', 'owner'];

/** Owner: pick another role for her, then confirm. The server keeps the last owner (409 last-owner). */
export function RoleChange({ card, onChanged }: { card: StaffCard; onChanged: (message: string) => void }) {
  const { t } = useAdminTranslation();
  const [role, setRole] = useState<StaffRole>(card.role);
  const roleName = t(`roles.${role}`);
  const { asking, ask, dialog } = useConfirmedCall(
    (auth) => changeStaff(auth, card.id, { role }),
    () => onChanged(t('admin.staff.roleDone', { name: card.name, role: roleName })),
  );

  return (
    <>
      <select
        className="btn"
        aria-label={t('admin.staff.role', { name: card.name })}
        value={role}
        onChange={(e) => setRole(e.target.value as StaffRole)}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </select>
      <button type="button" className="btn" disabled={role === card.role} onClick={ask}>
        {t('admin.staff.changeRole')}
      </button>
      {asking && (
        <ConfirmDialog
          title={t('admin.staff.roleQuestion', { name: card.name, role: roleName })}
          confirmLabel={t('admin.staff.roleConfirm')}
          {...dialog}
          onCancel={() => {
            dialog.onCancel();
            setRole(card.role);
          }}
        >
          <p>{t('admin.staff.roleBody')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
