import { useId } from 'react';
import { useSyncPageTranslation } from '../../i18n/sync-page-messages';
import { APP_BUILD, APP_VERSION, buildLabel } from '../../pwa/app-build';
import { useUpdate } from '../../pwa/update.state';
import { PROTOCOL_VERSION } from '../../../shared/sync/protocol.schema';

/** This app's version beside the server's: after a store upgrade, staff can see whether the tablet followed. */
export function VersionsCard() {
  const { t } = useSyncPageTranslation();
  const id = useId();
  const server = useUpdate((s) => s.server);
  return (
    <section className="card sync-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('syncPage.versions.title')}</h2>
      <dl className="sync-versions">
        <dt>{t('syncPage.versions.app')}</dt>
        <dd data-testid="app-version">
          {buildLabel(APP_VERSION, APP_BUILD)} · {t('syncPage.versions.protocol', { n: PROTOCOL_VERSION })}
        </dd>
        <dt>{t('syncPage.versions.server')}</dt>
        <dd data-testid="server-version">
          {server === null
            ? t('syncPage.versions.unknown')
            : `${server.app ? buildLabel(server.app.version, server.app.build) : server.version} · ${t('syncPage.versions.protocol', { n: server.protocol })}`}
        </dd>
      </dl>
    </section>
  );
}
