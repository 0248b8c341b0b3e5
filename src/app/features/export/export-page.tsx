import { useAdminTranslation } from '../../i18n/admin-messages';
import { SessionGate } from '../admin/session-gate';
import { ExportForm } from './export-form';
import '../admin/admin.css';

/** Manager: the store's members as a CSV file, with the reason written to the audit log. */
export default function ExportPage() {
  const { t } = useAdminTranslation();
  return (
    <div className="admin-page">
      <h1>{t('admin.export.title')}</h1>
      <SessionGate least="manager">
        <ExportForm />
      </SessionGate>
    </div>
  );
}
