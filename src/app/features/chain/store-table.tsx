import { useAdminTranslation } from '../../i18n/admin-messages';
import type { StoreSummary, VipProgress } from '../../../shared/schemas/chain.schema';
import { ago } from '../../ui/sync-status-view';
import { formatYuan } from '../member/money';
import { useAgeClock } from '../admin/use-clock';
import { formatLocalDay } from '../../i18n/format-date';

/** One row a store: its roster, the last 30 days' sign-ups and sales, and its tablets. */
export function StoreTable({ stores, labelledBy }: { stores: readonly StoreSummary[]; labelledBy: string }) {
  const { t, i18n } = useAdminTranslation();
  const now = useAgeClock();
  const count = (n: number) => n.toLocaleString(i18n.language);
  const date = (ms: number) => formatLocalDay(ms, i18n.language);
  const yuan = (fen: number) => formatYuan(fen, i18n.language);
  // Figures only, in words: the sales, and the target when the store set one.
  const against = ({ salesFen, targetFen }: VipProgress) =>
    targetFen === null
      ? t('admin.chain.vipNoTarget', { sales: yuan(salesFen) })
      : t('admin.chain.vipAgainst', { sales: yuan(salesFen), target: yuan(targetFen) });
  return (
    <div className="chain-table-wrap">
      <table className="chain-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">{t('admin.chain.columns.store')}</th>
            <th scope="col">{t('admin.chain.columns.members')}</th>
            <th scope="col">{t('admin.chain.columns.newMembers')}</th>
            <th scope="col">{t('admin.chain.columns.purchases')}</th>
            <th scope="col">{t('admin.chain.columns.sales')}</th>
            <th scope="col">{t('admin.chain.columns.vipToday')}</th>
            <th scope="col">{t('admin.chain.columns.vipMonth')}</th>
            <th scope="col">{t('admin.chain.columns.devices')}</th>
            <th scope="col">{t('admin.chain.columns.lastContact')}</th>
          </tr>
        </thead>
        <tbody>
          {stores.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                <strong>{s.name}</strong>
                <span className="hint">{t('admin.chain.openedAt', { date: date(s.createdAt) })}</span>
              </th>
              <td>{count(s.members)}</td>
              <td>{count(s.newMembers30d)}</td>
              <td>{count(s.purchases30d)}</td>
              <td>{formatYuan(s.sales30d, i18n.language)}</td>
              <td>{against(s.vipToday)}</td>
              <td>{against(s.vipMonthToDate)}</td>
              <td>{count(s.devices)}</td>
              <td>{s.lastContactAt === null ? t('admin.chain.neverSeen') : ago(t, s.lastContactAt, now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
