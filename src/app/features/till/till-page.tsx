import { hasRole } from '../../../shared/domain/permissions';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { useCurrentStaff } from '../../state/current-staff';
import { TillCsvImport } from './till-csv-import';
import { TillDayForm } from './till-day-form';
import { useStoreTodayKey } from './use-store-today';
import '../admin/admin.css';
import './till.css';

/**
 * Manager: the till's figures, typed for a day or imported from a CSV. Offline like the floor's
 * work, so the role is the signed-in staff's (the server checks it again on push).
 */
export default function TillPage() {
  const { t } = useAdminTranslation();
  const staff = useCurrentStaff();
  const todayKey = useStoreTodayKey();
  return (
    <div className="admin-page till-page">
      <h1>{t('admin.till.day.title')}</h1>
      {!staff || !hasRole(staff.role, 'manager') ? (
        <p role="alert">{t('admin.till.needsManager')}</p>
      ) : (
        <>
          <TillDayForm todayKey={todayKey} />
          <TillCsvImport todayKey={todayKey} />
        </>
      )}
    </div>
  );
}
