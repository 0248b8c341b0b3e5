import { useAdminTranslation } from '../../i18n/admin-messages';
import { SessionGate } from '../admin/session-gate';
import { ImportSteps } from './import-steps';
import '../admin/admin.css';
import './import.css';

/** Manager, online: a store's member spreadsheet brought in through mapping, preview and a job (decision 0017). */
export default function ImportPage() {
  const { t } = useAdminTranslation();
  return (
    <div className="admin-page">
      <h1>{t('admin.import.title')}</h1>
      <SessionGate least="manager">
        <ImportSteps />
      </SessionGate>
    </div>
  );
}
