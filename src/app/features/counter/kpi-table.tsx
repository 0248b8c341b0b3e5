import type { StaffKpis } from '../../../shared/domain/counter/staff-kpis';
import type { StaffId } from '../../../shared/schemas/ids.schema';
import { useCounterTranslation } from '../../i18n/counter-messages';
import { count, percent, yuan } from './format';

/** One row per associate; "Records" opens her worst records below. */
export function KpiTable({
  kpis,
  chosen,
  onChoose,
  nameOf,
}: {
  kpis: readonly StaffKpis[];
  chosen: StaffId | null;
  onChoose: (id: StaffId) => void;
  nameOf: (id: StaffId) => string | null;
}) {
  const { t, i18n } = useCounterTranslation();
  const lang = i18n.language;
  const none = t('counter.period.none');
  const pct = (x: number | null) => (x === null ? none : percent(x, lang));
  return (
    <section className="counter-section">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('counter.kpi.name')}</th>
            <th scope="col">{t('counter.kpi.cards')}</th>
            <th scope="col">{t('counter.kpi.sales')}</th>
            <th scope="col" title={t('counter.kpi.shareNote')}>
              {t('counter.kpi.share')}
            </th>
            <th scope="col">{t('counter.kpi.followUps')}</th>
            <th scope="col">{t('counter.kpi.returns')}</th>
            <th scope="col">{t('counter.kpi.book')}</th>
            <th scope="col">{t('counter.kpi.quality')}</th>
            <th scope="col">
              <span className="sr-only">{t('counter.kpi.show')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {kpis.map((k) => {
            const name = nameOf(k.staffId) ?? t('counter.associates.unknown');
            const { cardsOpened: cards, followUps: f, quality: q } = k;
            return (
              <tr key={k.staffId}>
                <th scope="row">{name}</th>
                <td>
                  {count(cards.actual, lang)} / {cards.target === null ? none : count(cards.target, lang)}
                  {cards.met && <span> ✓</span>}
                </td>
                <td>{yuan(k.vipSalesFen, lang)}</td>
                <td>{pct(k.shareOfStoreVipSales)}</td>
                <td className="counter-may-wrap">
                  <span className="counter-nowrap">
                    {count(f.doneInTime, lang)} / {count(f.owed, lang)}
                  </span>{' '}
                  ({pct(f.rate)})
                </td>
                <td>
                  {t('counter.kpi.returnsValue', {
                    members: k.returnVisits.members,
                    visits: k.returnVisits.visits,
                  })}
                </td>
                <td>{count(k.clientBook, lang)}</td>
                <td className="counter-may-wrap">
                  {q.share === null
                    ? none
                    : t('counter.kpi.qualityValue', {
                        percent: pct(q.share),
                        complete: q.complete,
                        total: q.total,
                      })}
                </td>
                <td>
                  <button
                    type="button"
                    aria-pressed={chosen === k.staffId}
                    aria-label={t('counter.kpi.worst', { name })}
                    onClick={() => onChoose(k.staffId)}
                  >
                    {t('counter.kpi.show')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="counter-sub">{t('counter.kpi.shareNote')}</p>
    </section>
  );
}
