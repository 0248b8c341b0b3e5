import { useAdminTranslation } from '../../i18n/admin-messages';
import type { StaffCard } from '../../../shared/schemas/security.schema';
import { changeStaff } from '../../api/staff.api';
import { ConfirmedAction } from '../admin/confirmed-action';

/** Owner: she leaves the store; her sessions end with it. The server keeps the last owner. */
export function RemoveStaff({ card, onChanged }: { card: StaffCard; onChanged: (message: string) => void }) {
  const { t } = useAdminTranslation();
  return (
    <ConfirmedAction
      label={t('admin.staff.remove')}
      question={t('admin.staff.removeQuestion', { name: card.name })}
      confirmLabel={t('admin.staff.removeConfirm')}
      body={t('admin.staff.removeBody')}
      call={(auth) => changeStaff(auth, card.id, { active: false })}
      onDone={() => onChanged(t('admin.staff.removeDone', { name: card.name }))}
    />
  );
}
