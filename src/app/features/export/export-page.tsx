import { Link } from 'react-router';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { SessionGate } from '../admin/session-gate';
import { ExportForm } from './export-form';
import '../admin/admin.css';

/** Manager: the store's members as a workbook or CSV, with the reason written to the audit log; the way to import. */
export default function ExportPage() {
  const { t } = useAdminTranslation();
  return (
    <div className="admin-page">
      <h1>{t('admin.export.title')}</h1>
      <SessionGate least="manager">
        <ExportForm />
        <p>
          <Link to="/export/import" className="btn">
            {t('admin.import.link')}
          </Link>
        </p>
      </SessionGate>
    </div>
  );
}
