import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { StaffRole } from '../../shared/schemas/setup.schema';
import { hasRole } from '../../shared/domain/permissions';
import { useCurrentStaff } from '../state/current-staff';

export interface NavItem {
  to: string;
  labelKey: string;
  icon: string;
  /** The least role that sees this job; everyone when absent. The server refuses the rest anyway. */
  least?: StaffRole;
}

/** The jobs of the floor, one tap away, down the left edge where a thumb reaches on a held tablet. */
export function NavRail({ items }: { items: readonly NavItem[] }) {
  const { t } = useTranslation();
  const role = useCurrentStaff()?.role ?? null;
  // Hidden, not merely disabled: an associate's rail shows only her jobs.
  const shown = items.filter((item) => !item.least || (role !== null && hasRole(role, item.least)));
  return (
    <nav className="rail" aria-label={t('nav.label')}>
      <div className="rail-brand">{t('app.name')}</div>
      {shown.map((item) => (
        <NavLink key={item.to} to={item.to} end={item.to === '/'}>
          <span className="rail-icon" aria-hidden="true">
            {item.icon}
          </span>
          <span>{t(item.labelKey)}</span>
        </NavLink>
      ))}
      <div className="rail-spacer" />
      <NavLink to="/settings">
        <span className="rail-icon" aria-hidden="true">
          ⚙
        </span>
        <span>{t('nav.settings')}</span>
      </NavLink>
    </nav>
  );
}
