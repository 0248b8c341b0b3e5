import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Whether the browser promised to keep the roster and the waiting changes, and what that means for staff. */
export function StorageCard({ persisted }: { persisted: boolean | null }) {
  const { t } = useTranslation();
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
