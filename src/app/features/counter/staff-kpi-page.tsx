import { useState } from 'react';
import type { KpiPeriod } from '../../../shared/domain/counter/staff-kpis';
import { hasRole } from '../../../shared/domain/permissions';
import type { StaffId } from '../../../shared/schemas/ids.schema';
import { useCounterTranslation } from '../../i18n/counter-messages';
import { useCurrentStaff } from '../../state/current-staff';
import { CounterTabs } from './counter-tabs';
import { KpiTable } from './kpi-table';
import { useStaffKpis } from './use-staff-kpis';
import { useStaffNames } from './use-staff-names';
import { WorstRecords } from './worst-records';
import './counter.css';

/** Each associate's month or quarter: a manager or owner sees all, an associate only herself. */
export default function StaffKpiPage() {
  const { t } = useCounterTranslation();
  const staff = useCurrentStaff();
  const seesAll = staff !== null && hasRole(staff.role, 'manager');
  const [period, setPeriod] = useState<KpiPeriod>('month');
  const [chosen, setChosen] = useState<StaffId | null>(null);
  const kpis = useStaffKpis(period, seesAll ? null : (staff?.id ?? null));
  const nameOf = useStaffNames();
  const shown = kpis?.find((k) => k.staffId === chosen) ?? kpis?.[0];
  return (
    <main className="counter-page">
      <header className="counter-head">
        <h1>{t('counter.title.staff')}</h1>
        <CounterTabs />
      </header>
      <div className="counter-switch" role="group" aria-label={t('counter.kpi.period')}>
        {(['month', 'quarter'] as const).map((p) => (
          <button key={p} type="button" aria-pressed={period === p} onClick={() => setPeriod(p)}>
            {t(`counter.kpi.${p}`)}
          </button>
        ))}
      </div>
      {!seesAll && <p className="counter-sub">{t('counter.kpi.onlyMine')}</p>}
      {!kpis ? (
        <p role="status">{t('counter.kpi.loading')}</p>
      ) : kpis.length === 0 ? (
        <p className="counter-empty">{t('counter.kpi.noStaff')}</p>
      ) : (
        <>
          <KpiTable kpis={kpis} chosen={shown?.staffId ?? null} onChoose={setChosen} nameOf={nameOf} />
          {shown && <WorstRecords kpis={shown} name={nameOf(shown.staffId) ?? ''} />}
        </>
      )}
    </main>
  );
}
