import { useTranslation } from 'react-i18next';
import type { MemberSearchState } from '../../search/member-search';
import { useSyncStatus } from '../../tablet/tablet-context';

/**
 * Why results may be missing: the roster is still downloading from the server (first sync), or
 * still being read from the tablet into the search. Silent once the roster is complete.
 */
export function RosterStatus({ state }: { state: MemberSearchState }) {
  const { t } = useTranslation();
  const download = useSyncStatus().progress;
  if (state.failed)
    return (
      <p className="error-text" role="alert">
        {t('recognise.failed')}
      </p>
    );
  const [label, done, total] = download
    ? [
        t('recognise.downloading', { done: download.done, total: download.total }),
        download.done,
        download.total,
      ]
    : !state.ready
      ? [t('recognise.loading', { loaded: state.loaded, total: state.total }), state.loaded, state.total]
      : [null, 0, 0];
  if (label === null) return null;
  return (
    <div className="roster-status" role="status">
      <span>{label}</span>
      <progress max={Math.max(total, 1)} value={done} aria-label={label} />
    </div>
  );
}
