import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { StaffId } from '../../../shared/schemas/ids.schema';
import { hasRole } from '../../../shared/domain/permissions';
import { useKeepTranslation } from '../../i18n/keep-messages';
import { useCurrentStaff } from '../../state/current-staff';
import { useRoster } from '../clients/use-roster';
import { useDayClock } from '../clients/use-client-book';
import { commandErrorText } from '../member/command-error';
import { useStaffOptions } from '../clients/staff-options';
import { useReassign } from '../clients/use-reassign';
import { useStoreClock } from '../recognise/use-store-clock';
import { useStoreSettings } from '../store-settings/use-store-settings';
import { DRIFT_STATUSES, driftingMembers, type DriftStatus } from './drifting-list';
import '../clients/clients.css';
import './drifting.css';

const PAGE = 100;
const ANY = 'any';
const NOBODY = 'nobody';

/**
 * Manager: members who stopped coming (dormant, about to lapse, dead by the store's rules), to
 * hand out. Handing out makes the associate her owner: the member then appears in that
 * associate's book, and the task engine turns her into a "long time no see" task for her owner.
 */
export default function DriftingPage() {
  const { t } = useKeepTranslation();
  const { t: tApp } = useTranslation();
  const id = useId();
  const me = useCurrentStaff();
  const clock = useStoreClock();
  const { rules } = useStoreSettings();
  const { members, ready } = useRoster();
  const staff = useStaffOptions();
  const [status, setStatus] = useState<DriftStatus | 'all'>('all');
  const [owner, setOwner] = useState<string>(ANY);
  const [shown, setShown] = useState(PAGE);
  const [to, setTo] = useState<StaffId | ''>('');
  const { state, move } = useReassign();
  const dayClock = useDayClock(clock);
  const all = useMemo(
    () => driftingMembers(members, dayClock, rules.dormancy),
    [members, dayClock, rules.dormancy],
  );
  const list = all.filter(
    (d) =>
      (status === 'all' || d.status === status) &&
      (owner === ANY ||
        (owner === NOBODY ? d.member.ownerStaffId === null : d.member.ownerStaffId === owner)),
  );
  if (!me || !hasRole(me.role, 'manager')) return null;
  const name = (sid: StaffId | null) => staff.find((s) => s.id === sid)?.name ?? t('keep.drift.noOwner');
  const busy = state.kind === 'moving';

  return (
    <section className="drift" aria-labelledby={`${id}-title`}>
      <header className="drift-head">
        <h1 id={`${id}-title`}>{t('keep.drift.title')}</h1>
        <Link className="btn" to="/export?selection=lapsing">
          {t('keep.drift.export')}
        </Link>
      </header>
      <p className="hint">{t('keep.drift.lead')}</p>
      <div className="drift-filters">
        <div className="drift-statuses" role="group" aria-label={t('keep.drift.filter')}>
          {(['all', ...DRIFT_STATUSES] as const).map((s) => (
            <button
              key={s}
              type="button"
              className={`btn drift-status-${s}`}
              aria-pressed={status === s}
              onClick={() => {
                setStatus(s);
                setShown(PAGE);
              }}
            >
              {s === 'all' ? t('keep.drift.all') : t(`keep.drift.status.${s}`)}
            </button>
          ))}
        </div>
        <div className="field drift-owner">
          <label htmlFor={`${id}-owner`}>{t('keep.drift.ownerFilter')}</label>
          <select id={`${id}-owner`} value={owner} onChange={(e) => setOwner(e.target.value)}>
            <option value={ANY}>{t('keep.drift.anyOwner')}</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
            <option value={NOBODY}>{t('keep.drift.noOwner')}</option>
          </select>
        </div>
      </div>
      <p role="status" className="drift-count">
        {ready ? t('keep.drift.count', { count: list.length }) : t('keep.book.loading')}
      </p>
      {ready && list.length === 0 ? (
        <p className="notice">{t('keep.drift.empty')}</p>
      ) : (
        <table className="book-table" aria-label={t('keep.drift.listLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('keep.drift.columns.name')}</th>
              <th scope="col">{t('keep.drift.columns.status')}</th>
              <th scope="col" className="num">
                {t('keep.drift.columns.idle')}
              </th>
              <th scope="col">{t('keep.drift.columns.owner')}</th>
            </tr>
          </thead>
          <tbody>
            {list.slice(0, shown).map((d) => (
              <tr key={d.member.id}>
                <th scope="row">
                  <Link to={`/members/${d.member.id}`}>{d.member.name}</Link>
                </th>
                <td>
                  <span className={`drift-badge drift-${d.status}`}>
                    {t(`keep.drift.status.${d.status}`)}
                  </span>
                </td>
                <td className="num">{t('keep.drift.idleDays', { count: d.idleDays })}</td>
                <td>{name(d.member.ownerStaffId)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.length > shown && (
        <button type="button" className="btn book-more" onClick={() => setShown((n) => n + PAGE)}>
          {t('keep.book.more', { count: Math.min(PAGE, list.length - shown) })}
        </button>
      )}
      {list.length > 0 && (
        <div className="card drift-assign">
          <div className="field">
            <label htmlFor={`${id}-to`}>{t('keep.drift.assignTo', { count: list.length })}</label>
            <select
              id={`${id}-to`}
              value={to}
              disabled={busy}
              onChange={(e) => setTo(e.target.value as StaffId | '')}
            >
              <option value="">{t('keep.reassign.chooseReceiver')}</option>
              {staff.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy || to === ''}
            onClick={() => to !== '' && void move(list.map((d) => ({ memberId: d.member.id, to })))}
          >
            {t('keep.drift.assign')}
          </button>
          {state.kind === 'moving' && (
            <progress max={state.total} value={state.done} aria-label={t('keep.reassign.progressLabel')} />
          )}
          {state.kind === 'moved' && (
            <p className={state.failure ? 'error-text' : 'notice'} role="status">
              {state.failure
                ? t('keep.reassign.stopped', {
                    reason: commandErrorText(tApp, state.failure),
                    count: state.moved.length,
                  })
                : t('keep.reassign.done', { count: state.moved.length })}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
