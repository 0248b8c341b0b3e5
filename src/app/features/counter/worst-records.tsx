import { Link } from 'react-router';
import type { StaffKpis } from '../../../shared/domain/counter/staff-kpis';
import { useCounterTranslation } from '../../i18n/counter-messages';

/** Her records with the most gaps, each a tap from the member's page to fill them in. */
export function WorstRecords({ kpis, name }: { kpis: StaffKpis; name: string }) {
  const { t } = useCounterTranslation();
  const { worst } = kpis.quality;
  const title = t('counter.kpi.worst', { name });
  return (
    <section className="counter-section" aria-label={title}>
      <h2>{title}</h2>
      {worst.length === 0 ? (
        <p className="counter-empty">{t('counter.kpi.worstNone', { name })}</p>
      ) : (
        <ul className="counter-records">
          {worst.map((record) => (
            <li key={record.id}>
              <Link to={`/members/${record.id}`}>{record.name}</Link>
              <span className="counter-gaps">
                {record.gaps.map((g) => t(`counter.kpi.gaps.${g}`)).join('、')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
