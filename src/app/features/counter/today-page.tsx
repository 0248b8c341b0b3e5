import { hasRole } from '../../../shared/domain/permissions';
import { useCounterTranslation } from '../../i18n/counter-messages';
import { formatDay } from '../../i18n/format-date';
import { useCurrentStaff } from '../../state/current-staff';
import { AssociateRows } from './associate-rows';
import { CounterTabs } from './counter-tabs';
import { TodayFigures } from './today-figures';
import { useToday } from './use-today';
import './counter.css';

/** Today at the counter: the manager's figures against her targets, readable at arm's length. */
export default function TodayPage() {
  const { t, i18n } = useCounterTranslation();
  const view = useToday();
  const staff = useCurrentStaff();
  // An associate sees the store's figures and her own row only.
  const mineOnly = !staff || !hasRole(staff.role, 'manager');
  return (
    <main className="counter-page">
      <header className="counter-head">
        <h1>
          {t('counter.title.today')}
          {view && <span className="counter-date"> · {formatDay(view.today, i18n.language)}</span>}
        </h1>
        <CounterTabs />
      </header>
      {!view ? (
        <p role="status">{t('counter.loading')}</p>
      ) : (
        <>
          <TodayFigures view={view} />
          {/* No rows while counting: an empty list would say nobody sold anything today. */}
          {!view.counting && (
            <AssociateRows
              rows={
                mineOnly
                  ? view.figures.associates.filter((a) => a.staffId === staff?.id)
                  : view.figures.associates
              }
              mine={mineOnly}
            />
          )}
        </>
      )}
    </main>
  );
}
