import { useAdminTranslation } from '../../i18n/admin-messages';
import { SessionGate } from '../admin/session-gate';
import { ChainScreens } from './chain-screens';
import '../admin/admin.css';
import './chain.css';

/** Head office: the chain's stores and their figures, and opening a new store with its owner. */
export default function ChainPage() {
  const { t } = useAdminTranslation();
  return (
    <div className="admin-page">
      <h1>{t('admin.chain.title')}</h1>
      <SessionGate least="owner">
        <ChainScreens />
      </SessionGate>
    </div>
  );
}
