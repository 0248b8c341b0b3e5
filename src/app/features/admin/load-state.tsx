import { useAdminTranslation } from '../../i18n/admin-messages';
import type { AdminLoad } from './use-admin-api';
import { errorText } from './error-text';

/**
 * What an admin list says before its rows: loading, a refusal with a retry, or that there is
 * nothing yet. Renders nothing once there are rows to show.
 */
export function LoadState<T>({
  load,
  reload,
  isEmpty,
  emptyText,
}: {
  load: AdminLoad<T>;
  reload: () => void;
  isEmpty: (value: T) => boolean;
  emptyText: string;
}) {
  const { t } = useAdminTranslation();
  if (load.kind === 'loading') return <p className="hint">{t('common.loading')}</p>;
  if (load.kind === 'failed')
    return (
      <div className="admin-actions">
        <p className="error-text" role="alert">
          {t('admin.loadFailed', { message: errorText(t, load.refusal) })}
        </p>
        <button type="button" className="btn" onClick={reload}>
          {t('admin.retry')}
        </button>
      </div>
    );
  return isEmpty(load.value) ? <p className="hint">{emptyText}</p> : null;
}
