import type { PeriodFigures } from '../../../shared/domain/counter/period';
import type { Progress } from '../../../shared/domain/counter/progress';
import type { PeriodKind } from '../../../shared/domain/counter/store-days';
import { useCounterTranslation } from '../../i18n/counter-messages';
import { CounterTabs } from './counter-tabs';
import { count, decimal, percent, shortDay, yuan } from './format';
import { ProgressWords } from './progress-words';
import { usePeriod } from './use-period';
import './counter.css';

interface Row {
  key: string;
  value: (p: PeriodFigures) => string;
  progress?: Progress;
  target?: string;
  show?: (n: number) => string;
}

/** This week or this month to date: against the sum of its day targets, beside the same days before. */
export default function PeriodPage({ kind }: { kind: PeriodKind }) {
  const { t, i18n } = useCounterTranslation();
  const lang = i18n.language;
  const view = usePeriod(kind);
  const money = (fen: number) => yuan(fen, lang);
  const whole = (n: number) => count(n, lang);
  const share = (s: number | null) => (s === null ? t('counter.period.none') : percent(s, lang));
  const range = (p: PeriodFigures) =>
    t('counter.period.range', {
      from: shortDay(p.range.from, lang),
      to: shortDay(p.range.to, lang),
    });
  const rows: Row[] = view
    ? [
        {
          key: 'vipSales',
          value: (p) => money(p.vip.salesFen),
          progress: view.targets.vipSales,
          show: money,
        },
        {
          key: 'vipShare',
          value: (p) => share(p.vipShare),
          target: view.vipShareTarget === null ? undefined : percent(view.vipShareTarget, lang),
        },
        { key: 'newCards', value: (p) => whole(p.newCards), progress: view.targets.newCards, show: whole },
        {
          key: 'vipVisits',
          value: (p) => whole(p.vip.visits),
          progress: view.targets.vipVisits,
          show: whole,
        },
        { key: 'averageTicket', value: (p) => money(p.vip.averageTicketFen) },
        { key: 'attachRate', value: (p) => decimal(p.vip.attachRate, lang) },
        {
          key: 'followUps',
          value: (p) => whole(p.followUpsDone),
          progress: view.targets.followUps,
          show: whole,
        },
        {
          key: 'tillSales',
          value: (p) => (p.tillDays === 0 ? t('counter.period.none') : money(p.till.salesFen)),
        },
      ]
    : [];
  return (
    <main className="counter-page">
      <header className="counter-head">
        <h1>
          {t(`counter.title.${kind}`)}
          {view && <span className="counter-date"> · {view.current.range.to.year}</span>}
        </h1>
        <CounterTabs />
      </header>
      {!view ? (
        <p role="status">{t('counter.period.loading')}</p>
      ) : (
        <>
          {view.current.tillDays === 0 ? (
            <p className="counter-note" role="note">
              {t('counter.period.noTill')}
            </p>
          ) : (
            <p className="counter-sub">
              {t('counter.period.tillDays', { in: view.current.tillDays, days: view.current.days })}
            </p>
          )}
          <section className="counter-section">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('counter.period.figure')}</th>
                  <th scope="col">
                    {t('counter.period.current')}
                    <br />
                    <small>{range(view.current)}</small>
                  </th>
                  <th scope="col">{t('counter.period.target')}</th>
                  <th scope="col">
                    {t(`counter.period.previous.${kind}`)}
                    <br />
                    <small>{range(view.previous)}</small>
                  </th>
                  <th scope="col">
                    {t('counter.period.lastYear')}
                    <br />
                    <small>{range(view.lastYear)}</small>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => {
                  const label = t(`counter.period.rows.${row.key}`);
                  return (
                    <tr key={row.key}>
                      <th scope="row">{label}</th>
                      <td className="counter-now">{row.value(view.current)}</td>
                      <td className="counter-target">
                        {row.progress && row.show ? (
                          <ProgressWords label={label} progress={row.progress} show={row.show} />
                        ) : (
                          (row.target ?? t('counter.period.none'))
                        )}
                      </td>
                      <td>{row.value(view.previous)}</td>
                      <td>{row.value(view.lastYear)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        </>
      )}
    </main>
  );
}
