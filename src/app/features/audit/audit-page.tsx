import { useAdminTranslation } from '../../i18n/admin-messages';
import { SessionGate } from '../admin/session-gate';
import { AuditLog } from './audit-log';
import '../admin/admin.css';

/** Manager: who viewed, changed or exported what (decision 0008, "Audit"). */
export default function AuditPage() {
  const { t } = useAdminTranslation();
  return (
    <div className="admin-page">
      <h1>{t('admin.audit.title')}</h1>
      <SessionGate least="manager">
        <AuditLog />
      </SessionGate>
    </div>
  );
}
