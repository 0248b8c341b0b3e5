import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { fetchChainStores } from '../../api/chain.api';
import { AdminListCard, useAdminList } from '../admin/admin-list-card';
import { AddStoreForm } from './add-store-form';
import { StoreTable } from './store-table';

/**
 * Every owner sees the page on the rail, but only head office may use it: the server answers
 * anyone else 403, and that is said in one plain sentence rather than as a failed load.
 */
export function ChainScreens() {
  const { t } = useAdminTranslation();
  const list = useAdminList(fetchChainStores);
  const [adding, setAdding] = useState(false);
  if (list.load.kind === 'failed' && list.load.refusal.status === 403)
    return (
      <div className="card">
        <p>{t('admin.chain.headOfficeOnly')}</p>
      </div>
    );
  return (
    <AdminListCard
      title={t('admin.chain.listTitle')}
      lead={t('admin.chain.lead')}
      list={list}
      isEmpty={(v) => v.stores.length === 0}
      emptyText={t('admin.chain.empty')}
      rows={(v, titleId) => <StoreTable stores={v.stores} labelledBy={titleId} />}
    >
      {list.load.kind === 'ready' &&
        (adding ? (
          <AddStoreForm onAdded={list.changed} onClose={() => setAdding(false)} />
        ) : (
          <div className="admin-actions">
            <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
              {t('admin.chain.add.open')}
            </button>
          </div>
        ))}
    </AdminListCard>
  );
}
