import { useAdminTranslation } from '../../i18n/admin-messages';
import { SessionGate } from '../admin/session-gate';
import { StaffScreens } from './staff-screens';
import '../admin/admin.css';

/** Staff and tablets: managers reset associates' PINs and enrol tablets; the owner manages everyone. */
export default function StaffPage() {
  const { t } = useAdminTranslation();
  return (
    <div className="admin-page">
      <h1>{t('admin.staff.title')}</h1>
      <SessionGate least="manager">
        <StaffScreens />
      </SessionGate>
    </div>
  );
}
