import { useId, useState } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { fetchStaff } from '../../api/staff.api';
import type { SignedInStaff } from '../../state/staff-session.state';
import { LoadState } from '../admin/load-state';
import { useAdminLoad } from '../admin/use-admin-api';
import { AddStaffForm } from './add-staff-form';
import { canManageStaff } from './staff-permissions';
import { StaffRow } from './staff-row';

/** Everyone who works in the store, with what the signed-in manager or owner may do for each. */
export function StaffList({ me }: { me: SignedInStaff }) {
  const { t } = useAdminTranslation();
  const id = useId();
  const { load, reload } = useAdminLoad(fetchStaff);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const owner = canManageStaff(me);
  const changed = (message: string) => {
    setNotice(message);
    reload();
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('admin.staff.listTitle')}</h2>
      <p className="admin-ok" role="status">
        {notice}
      </p>
      <LoadState
        load={load}
        reload={reload}
        isEmpty={(v) => v.staff.length === 0}
        emptyText={t('admin.staff.empty')}
      />
      {load.kind === 'ready' && (
        <ul className="admin-list">
          {load.value.staff.map((card) => (
            <StaffRow key={card.id} card={card} me={me} onChanged={changed} />
          ))}
        </ul>
      )}
      {owner &&
        (adding ? (
          <AddStaffForm onAdded={changed} onClose={() => setAdding(false)} />
        ) : (
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
            {t('admin.staff.add.title')}
          </button>
        ))}
    </section>
  );
}
