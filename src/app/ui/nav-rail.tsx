import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';

export interface NavItem {
  to: string;
  labelKey: string;
  icon: string;
}

/** The jobs of the floor, one tap away, down the left edge where a thumb reaches on a held tablet. */
export function NavRail({ items }: { items: readonly NavItem[] }) {
  const { t } = useTranslation();
  return (
    <nav className="rail" aria-label={t('nav.label')}>
      <div className="rail-brand">{t('app.name')}</div>
      {items.map((item) => (
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
