import { useAdminTranslation } from '../../i18n/admin-messages';
import type { PosKeySummary } from '../../../shared/schemas/pos.schema';
import { revokePosKey } from '../../api/pos-key.api';
import { ago } from '../../ui/sync-status-view';
import { formatLocalDay } from '../../i18n/format-date';
import { RevocableRow } from '../admin/revocable-row';

export interface PosKeyRowProps {
  posKey: PosKeySummary;
  now: number;
  onRevoked: (message: string) => void;
}

/** One POS key: which till, its store, when issued and last used; revoking asks first. */
export function PosKeyRow({ posKey, now, onRevoked }: PosKeyRowProps) {
  const { t, i18n } = useAdminTranslation();
  return (
    <RevocableRow
      name={posKey.label}
      revokedAt={posKey.revokedAt}
      revokedText={(date) => t('admin.posKeys.revokedAt', { date })}
      details={
        <>
          {posKey.storeName} ·{' '}
          {t('admin.posKeys.issuedAt', { date: formatLocalDay(posKey.createdAt, i18n.language) })} ·{' '}
          {posKey.lastUsedAt === null
            ? t('admin.posKeys.neverUsed')
            : t('admin.posKeys.lastUsed', { ago: ago(t, posKey.lastUsedAt, now) })}
        </>
      }
      revoke={
        posKey.revokedAt !== null
          ? null
          : {
              label: t('admin.posKeys.revoke'),
              question: t('admin.posKeys.revokeQuestion', { label: posKey.label }),
              confirmLabel: t('admin.posKeys.revokeConfirm'),
              body: t('admin.posKeys.revokeBody'),
              call: (auth) => revokePosKey(auth, posKey.id),
              onDone: () => onRevoked(t('admin.posKeys.revokeDone', { label: posKey.label })),
            }
      }
    />
  );
}
