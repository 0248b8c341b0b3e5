import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import type { IssuedPosKey } from '../../../shared/schemas/pos.schema';
import { fetchPosKeys } from '../../api/pos-key.api';
import { AdminListCard, useAdminList } from '../admin/admin-list-card';
import { useAgeClock } from '../admin/use-clock';
import { IssuedPosKeyPanel } from './issued-pos-key';
import { IssuePosKeyForm } from './issue-pos-key-form';
import { PosKeyRow } from './pos-key-row';

/** Owner: the keys the store's till posts its daily figures with (docs/pos-api.md). */
export function PosKeyCard() {
  const { t } = useAdminTranslation();
  const list = useAdminList(fetchPosKeys);
  const [issuing, setIssuing] = useState(false);
  const [shown, setShown] = useState<IssuedPosKey | null>(null);
  const now = useAgeClock();
  return (
    <AdminListCard
      title={t('admin.posKeys.title')}
      lead={t('admin.posKeys.lead')}
      list={list}
      isEmpty={(v) => v.keys.length === 0}
      emptyText={t('admin.posKeys.empty')}
      rows={(v) => (
        <ul className="admin-list">
          {v.keys.map((k) => (
            <PosKeyRow key={k.id} posKey={k} now={now} onRevoked={list.changed} />
          ))}
        </ul>
      )}
    >
      {shown ? (
        <IssuedPosKeyPanel issued={shown} onDone={() => setShown(null)} />
      ) : issuing ? (
        <IssuePosKeyForm
          onIssued={(issued) => {
            setIssuing(false);
            setShown(issued);
            list.changed(null);
          }}
          onClose={() => setIssuing(false)}
        />
      ) : (
        <button type="button" className="btn btn-primary" onClick={() => setIssuing(true)}>
          {t('admin.posKeys.issue')}
        </button>
      )}
    </AdminListCard>
  );
}
