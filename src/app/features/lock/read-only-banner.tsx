import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DEFAULT_ACCESS_POLICY, isReadOnly } from '../../state/access-rules';
import { useLastContactAt, useStaffRoster } from './queries';
import { useNow } from './use-now';

/** Too long without the server: say so above every job; reading goes on, changes are refused. */
export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const last = useLastContactAt();
  const roster = useStaffRoster();
  const [now] = useNow(60_000);
  if (last === undefined || roster === undefined) return null;
  const policy = roster?.policy ?? DEFAULT_ACCESS_POLICY;
  if (!isReadOnly(last, policy, now)) return null;
  return (
    <div className="banner read-only-banner" role="alert">
      <strong>{t('access.readOnly.title', { hours: policy.offlineLimitHours })}</strong>
      <span>{t('access.readOnly.lead')}</span>
      <Link className="btn" to="/sync">
        {t('syncPage.openFromPill')}
      </Link>
    </div>
  );
}
