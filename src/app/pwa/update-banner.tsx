import { useTranslation } from 'react-i18next';
import { useUpdate } from './update.state';
import { APP_BUILD, buildLabel } from './app-build';
import { useFormGuard } from '../state/form-guard.state';

/**
 * Offers a waiting new version, naming it when the server told which it serves; hidden while any
 * form holds unsaved input. Every button here does something the user can see: once accepted,
 * the banner says the handover runs, and says so plainly if it does not come.
 */
export function UpdateBanner() {
  const { t } = useTranslation();
  const phase = useUpdate((s) => s.phase);
  const applyUpdate = useUpdate((s) => s.applyUpdate);
  const outdated = useUpdate((s) => s.outdated);
  const served = useUpdate((s) => s.server?.app ?? null);
  const typing = useFormGuard((s) => s.dirtyForms > 0);
  if (phase === 'activating')
    return (
      <div className="banner" role="status">
        {t('update.activating')}
      </div>
    );
  if (phase === 'stuck' && applyUpdate)
    return (
      <div className="banner" role="alert">
        <span>{t('update.stuck')}</span>
        <button type="button" className="btn btn-primary" onClick={applyUpdate}>
          {t('update.retry')}
        </button>
      </div>
    );
  if (applyUpdate === null || typing) {
    return outdated ? (
      <div className="banner" role="alert">
        {t('update.outdated')}
      </div>
    ) : null;
  }
  const newer =
    served !== null && served.build !== APP_BUILD ? buildLabel(served.version, served.build) : null;
  return (
    <div className="banner" role="status">
      <span>
        {phase === 'took-over'
          ? t('update.tookOver')
          : newer
            ? t('update.readyVersion', { version: newer })
            : t('update.ready')}
      </span>
      <button type="button" className="btn btn-primary" onClick={applyUpdate}>
        {t('update.reload')}
      </button>
    </div>
  );
}
