import { useTranslation } from 'react-i18next';
import type { MemberSearchState } from '../../search/member-search';
import { useSyncStatus } from '../../tablet/tablet-context';
import { downloadCounts } from '../../ui/download-counts';

const DOWNLOAD_KEYS = {
  members: 'recognise.downloadingMembers',
  history: 'recognise.downloadingHistory',
  rows: 'recognise.downloading',
} as const;

/**
 * Why results may be missing: the roster is still downloading from the server (first sync), or
 * still being read from the tablet into the search. Silent once the roster is complete.
 */
export function RosterStatus({ state }: { state: MemberSearchState }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const download = useSyncStatus().progress;
  const counts = download && downloadCounts(download);
  if (state.failed)
    return (
      <p className="error-text" role="alert">
        {t('recognise.failed')}
      </p>
    );
  // The bar follows every row, so it moves steadily while the words count members, then history.
  const [label, done, total] =
    download && counts
      ? [
          t(DOWNLOAD_KEYS[counts.kind], {
            done: number.format(counts.done),
            total: number.format(counts.total),
          }),
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
