import { useTranslation } from 'react-i18next';
import { useUpdate } from './update.store';
import { useFormGuard } from '../state/form-guard.store';

/** Offers a waiting new version; hidden while any form holds unsaved input. */
export function UpdateBanner() {
  const { t } = useTranslation();
  const applyUpdate = useUpdate((s) => s.applyUpdate);
  const outdated = useUpdate((s) => s.outdated);
  const typing = useFormGuard((s) => s.dirtyForms > 0);
  if (applyUpdate === null || typing) {
    return outdated ? (
      <div className="banner" role="alert">
        {t('update.outdated')}
      </div>
    ) : null;
  }
  return (
    <div className="banner" role="status">
      <span>{t('update.ready')}</span>
      <button type="button" className="btn btn-primary" onClick={applyUpdate}>
        {t('update.reload')}
      </button>
    </div>
  );
}
