import { useSyncPageTranslation } from '../../i18n/sync-page-messages';
import { useUpdate } from '../../pwa/update.state';
import { useSyncStatus } from '../../tablet/tablet-context';
import { useNow } from '../../ui/sync-status-bar';
import { pillStatus } from '../../ui/sync-status-view';
import { useOnline } from '../../ui/use-online';
import { DeadLetterList } from './dead-letter-list';
import { MergeReview } from './merge-review';
import { OutdatedNotice } from './outdated-notice';
import { ResetTablet } from './reset-tablet';
import { StorageCard } from './storage-card';
import { SyncOverview } from './sync-overview';
import { VersionsCard } from './versions-card';
import './sync.css';

/** Reached from the sync pill: everything about this tablet's unsynced work, and what staff can do about it. */
export default function SyncPage() {
  const { t } = useSyncPageTranslation();
  const status = useSyncStatus();
  const online = useOnline();
  const protocolOutdated = useUpdate((s) => s.outdated);
  const now = useNow();
  return (
    <div className="sync-page">
      <h1>{t('syncPage.title')}</h1>
      {(status.outdated || protocolOutdated) && <OutdatedNotice />}
      <div className="sync-columns">
        <SyncOverview status={pillStatus(status, online)} now={now} />
        <StorageCard persisted={status.persisted} />
      </div>
      <DeadLetterList />
      <MergeReview />
      <VersionsCard />
      <ResetTablet />
    </div>
  );
}
