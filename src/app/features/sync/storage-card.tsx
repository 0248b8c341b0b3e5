import { useId } from 'react';
import { useSyncPageTranslation } from '../../i18n/sync-page-messages';

/** Whether the browser promised to keep the roster and the waiting changes, and what that means for staff. */
export function StorageCard({ persisted }: { persisted: boolean | null }) {
  const { t } = useSyncPageTranslation();
  const id = useId();
  const state = persisted === null ? 'unknown' : persisted ? 'granted' : 'denied';
  return (
    <section className="card sync-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('syncPage.storage.title')}</h2>
      <p className="sync-storage" data-state={state}>
        {t(`syncPage.storage.${state}`)}
      </p>
    </section>
  );
}
