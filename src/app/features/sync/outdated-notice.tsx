import { useId } from 'react';
import { useSyncPageTranslation } from '../../i18n/sync-page-messages';
import { useUpdate } from '../../pwa/update.state';

/**
 * The server no longer takes this version. The update itself goes through the service worker's
 * prompt; until the new version has been fetched, a reload makes the browser look for it.
 */
export function OutdatedNotice() {
  const { t } = useSyncPageTranslation();
  const id = useId();
  const applyUpdate = useUpdate((s) => s.applyUpdate);
  return (
    <section className="card sync-outdated" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('syncPage.outdated.title')}</h2>
      <p>{t('syncPage.outdated.body')}</p>
      {applyUpdate ? (
        <button type="button" className="btn btn-primary" onClick={applyUpdate}>
          {t('syncPage.outdated.update')}
        </button>
      ) : (
        <div className="sync-actions">
          <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
            {t('syncPage.outdated.check')}
          </button>
          <span className="hint">{t('syncPage.outdated.checkHint')}</span>
        </div>
      )}
    </section>
  );
}
