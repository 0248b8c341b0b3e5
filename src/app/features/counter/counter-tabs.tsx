import { NavLink } from 'react-router';
import { useCounterTranslation } from '../../i18n/counter-messages';

const TABS = [
  { to: '/counter', key: 'today' },
  { to: '/counter/week', key: 'week' },
  { to: '/counter/month', key: 'month' },
  { to: '/counter/staff', key: 'staff' },
] as const;

/** Today, the week, the month and the staff KPIs: one tap apart. */
export function CounterTabs() {
  const { t } = useCounterTranslation();
  return (
    <nav className="counter-tabs" aria-label={t('counter.tabs.label')}>
      {TABS.map((tab) => (
        <NavLink key={tab.to} to={tab.to} end>
          {t(`counter.tabs.${tab.key}`)}
        </NavLink>
      ))}
    </nav>
  );
}
