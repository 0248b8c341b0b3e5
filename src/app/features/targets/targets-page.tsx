import { hasRole } from '../../../shared/domain/permissions';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { useCurrentStaff } from '../../state/current-staff';
import { useStoreTodayKey } from '../till/use-store-today';
import { DayTargetForm } from './day-target-form';
import { MonthPlanForm } from './month-plan-form';
import { StaffTargetsForm } from './staff-targets-form';
import '../admin/admin.css';
import '../till/till.css';

/** Manager: the month plan, a single day's targets and each associate's quarter, offline too. */
export default function TargetsPage() {
  const { t } = useAdminTranslation();
  const staff = useCurrentStaff();
  const todayKey = useStoreTodayKey();
  return (
    <div className="admin-page till-page">
      <h1>{t('admin.till.targets.title')}</h1>
      {!staff || !hasRole(staff.role, 'manager') ? (
        <p role="alert">{t('admin.till.needsManager')}</p>
      ) : (
        <>
          <MonthPlanForm todayKey={todayKey} />
          <DayTargetForm todayKey={todayKey} />
          <StaffTargetsForm todayKey={todayKey} />
        </>
      )}
    </div>
  );
}
