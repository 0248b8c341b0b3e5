import { useId, useState } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { fetchChainStores } from '../../api/chain.api';
import { LoadState } from '../admin/load-state';
import { useAdminLoad } from '../admin/use-admin-api';
import { AddStoreForm } from './add-store-form';
import { StoreTable } from './store-table';

/**
 * Every owner sees the page on the rail, but only head office may use it: the server answers
 * anyone else 403, and that is said in one plain sentence rather than as a failed load.
 */
export function ChainScreens() {
  const { t } = useAdminTranslation();
  const id = useId();
  const { load, reload } = useAdminLoad(fetchChainStores);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  if (load.kind === 'failed' && load.refusal.status === 403)
    return (
      <div className="card">
        <p>{t('admin.chain.headOfficeOnly')}</p>
      </div>
    );
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('admin.chain.listTitle')}</h2>
      <p className="hint">{t('admin.chain.lead')}</p>
      <p className="admin-ok" role="status">
        {notice}
      </p>
      <LoadState
        load={load}
        reload={reload}
        isEmpty={(v) => v.stores.length === 0}
        emptyText={t('admin.chain.empty')}
      />
      {load.kind === 'ready' && load.value.stores.length > 0 && (
        <StoreTable stores={load.value.stores} labelledBy={`${id}-title`} />
      )}
      {load.kind === 'ready' &&
        (adding ? (
          <AddStoreForm
            onAdded={(message) => {
              setNotice(message);
              reload();
            }}
            onClose={() => setAdding(false)}
          />
        ) : (
          <div className="admin-actions">
            <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
              {t('admin.chain.add.open')}
            </button>
          </div>
        ))}
    </section>
  );
}
