import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { fetchStaff } from '../../api/staff.api';
import type { SignedInStaff } from '../../state/staff-session.state';
import { AdminListCard, useAdminList } from '../admin/admin-list-card';
import { AddStaffForm } from './add-staff-form';
import { canManageStaff } from './staff-permissions';
import { StaffRow } from './staff-row';

/** Everyone who works in the store, with what the signed-in manager or owner may do for each. */
export function StaffList({ me }: { me: SignedInStaff }) {
  const { t } = useAdminTranslation();
  const list = useAdminList(fetchStaff);
  const [adding, setAdding] = useState(false);
  const owner = canManageStaff(me);
  return (
    <AdminListCard
      title={t('admin.staff.listTitle')}
      list={list}
      isEmpty={(v) => v.staff.length === 0}
      emptyText={t('admin.staff.empty')}
      rows={(v) => (
        <ul className="admin-list">
          {v.staff.map((card) => (
            <StaffRow key={card.id} card={card} me={me} onChanged={list.changed} />
          ))}
        </ul>
      )}
    >
      {owner &&
        (adding ? (
          <AddStaffForm onAdded={list.changed} onClose={() => setAdding(false)} />
        ) : (
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
            {t('admin.staff.add.title')}
          </button>
        ))}
    </AdminListCard>
  );
}
