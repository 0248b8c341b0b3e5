import { useId, useState } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import type { IssuedPosKey } from '../../../shared/schemas/pos.schema';
import { fetchPosKeys } from '../../api/pos-key.api';
import { LoadState } from '../admin/load-state';
import { useAdminLoad } from '../admin/use-admin-api';
import { useClock } from '../admin/use-clock';
import { IssuedPosKeyPanel } from './issued-pos-key';
import { IssuePosKeyForm } from './issue-pos-key-form';
import { PosKeyRow } from './pos-key-row';

const AGE_TICK_MS = 30_000;

/** Owner: the keys the store's till posts its daily figures with (docs/pos-api.md). */
export function PosKeyCard() {
  const { t } = useAdminTranslation();
  const id = useId();
  const { load, reload } = useAdminLoad(fetchPosKeys);
  const [issuing, setIssuing] = useState(false);
  const [shown, setShown] = useState<IssuedPosKey | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const now = useClock(AGE_TICK_MS);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('admin.posKeys.title')}</h2>
      <p className="hint">{t('admin.posKeys.lead')}</p>
      <p className="admin-ok" role="status">
        {notice}
      </p>
      <LoadState
        load={load}
        reload={reload}
        isEmpty={(v) => v.keys.length === 0}
        emptyText={t('admin.posKeys.empty')}
      />
      {load.kind === 'ready' && (
        <ul className="admin-list">
          {load.value.keys.map((k) => (
            <PosKeyRow
              key={k.id}
              posKey={k}
              now={now}
              onRevoked={(message) => {
                setNotice(message);
                reload();
              }}
            />
          ))}
        </ul>
      )}
      {shown ? (
        <IssuedPosKeyPanel issued={shown} onDone={() => setShown(null)} />
      ) : issuing ? (
        <IssuePosKeyForm
          onIssued={(issued) => {
            setIssuing(false);
            setShown(issued);
            setNotice(null);
            reload();
          }}
          onClose={() => setIssuing(false)}
        />
      ) : (
        <button type="button" className="btn btn-primary" onClick={() => setIssuing(true)}>
          {t('admin.posKeys.issue')}
        </button>
      )}
    </section>
  );
}
