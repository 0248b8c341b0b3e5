import type { AssociateDay } from '../../../shared/domain/counter/today';
import { useCounterTranslation } from '../../i18n/counter-messages';
import { count, yuan } from './format';
import { useStaffNames } from './use-staff-names';

/** One row per associate: what she did today. */
export function AssociateRows({ rows, mine }: { rows: readonly AssociateDay[]; mine: boolean }) {
  const { t, i18n } = useCounterTranslation();
  const nameOf = useStaffNames();
  const title = t(mine ? 'counter.associates.mine' : 'counter.associates.title');
  return (
    <section className="counter-associates" aria-label={title}>
      <h2>{title}</h2>
      {rows.length === 0 ? (
        <p className="counter-empty">{t('counter.associates.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('counter.associates.name')}</th>
              <th scope="col">{t('counter.associates.cards')}</th>
              <th scope="col">{t('counter.associates.sales')}</th>
              <th scope="col">{t('counter.associates.followUps')}</th>
            </tr>
          </thead>
          <tbody>
            {[...rows]
              .sort((a, b) => b.vipSalesFen - a.vipSalesFen)
              .map((row) => (
                <tr key={row.staffId}>
                  <th scope="row">{nameOf(row.staffId) ?? t('counter.associates.unknown')}</th>
                  <td>{count(row.cardsOpened, i18n.language)}</td>
                  <td>{yuan(row.vipSalesFen, i18n.language)}</td>
                  <td>{count(row.followUpsDone, i18n.language)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
