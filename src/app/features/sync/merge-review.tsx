import { useSyncPageTranslation } from '../../i18n/sync-page-messages';
import { useCurrentStaff } from '../../state/current-staff';
import { SessionGate } from '../admin/session-gate';
import { MergeList } from './merge-list';

/**
 * For managers: duplicates the server merged (the same phone signed up on two tablets), to
 * confirm they were one person. Needs the network and a manager's server session; the list
 * lives on the server, which names the reviewer from the session.
 */
export function MergeReview() {
  const { t } = useSyncPageTranslation();
  const staff = useCurrentStaff();
  if (!staff || staff.role === 'associate') return null;
  return (
    <section className="card" aria-labelledby="merge-review-title">
      <h2 id="merge-review-title">{t('syncPage.merges.title')}</h2>
      <p className="hint">{t('syncPage.merges.lead')}</p>
      <SessionGate least="manager" offlineText={t('syncPage.merges.offline')}>
        <MergeList />
      </SessionGate>
    </section>
  );
}
