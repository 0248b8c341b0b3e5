import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchStaff } from '../../api/staff.api';
import type { SignedInStaff } from '../../state/staff-session.store';
import { errorText } from '../admin/error-text';
import { useAdminLoad } from '../admin/use-admin-api';
import { AddStaffForm } from './add-staff-form';
import { canManageStaff } from './staff-permissions';
import { StaffRow } from './staff-row';

/** Everyone who works in the store, with what the signed-in manager or owner may do for each. */
export function StaffList({ me }: { me: SignedInStaff }) {
  const { t } = useTranslation();
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
      {load.kind === 'loading' && <p className="hint">{t('common.loading')}</p>}
      {load.kind === 'failed' && (
        <div className="admin-actions">
          <p className="error-text" role="alert">
            {t('admin.loadFailed', { message: errorText(t, load.refusal) })}
          </p>
          <button type="button" className="btn" onClick={reload}>
            {t('admin.retry')}
          </button>
        </div>
      )}
      {load.kind === 'ready' && load.value.staff.length === 0 && (
        <p className="hint">{t('admin.staff.empty')}</p>
      )}
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
