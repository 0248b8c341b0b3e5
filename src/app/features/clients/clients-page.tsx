import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { MemberId, StaffId } from '../../../shared/schemas/ids.schema';
import { hasRole } from '../../../shared/domain/permissions';
import { useKeepTranslation } from '../../i18n/keep-messages';
import { useQueryParam } from '../../ui/use-query-param';
import { useCurrentStaff } from '../../state/current-staff';
import { useStoreClock } from '../recognise/use-store-clock';
import { BOOK_SORTS, type BookSort } from './book-order';
import { BookTable } from './book-table';
import { ReassignPanel } from './reassign-panel';
import { SessionGate } from '../admin/session-gate';
import { TodayTasks } from '../tasks/today-tasks';
import { useStaffOptions } from './staff-options';
import { useClientBook } from './use-client-book';
import './clients.css';

// Rows drawn at first: a book of thousands draws in one frame a page at a time.
const PAGE = 100;
// The picker's value for members nobody looks after.
const NOBODY = 'nobody';

/**
 * 我的顾客: the members the signed-in associate looks after, sortable. A manager or owner picks
 * whose book to see (`?staff=`), and reassigns its members, ticked ones or all of them.
 */
export default function ClientsPage() {
  const { t } = useKeepTranslation();
  const id = useId();
  const me = useCurrentStaff();
  const staff = useStaffOptions();
  const clock = useStoreClock();
  const [asked, setStaff] = useQueryParam('staff');
  const [sort, setSort] = useState<BookSort>('tier');
  const [shown, setShown] = useState(PAGE);
  const [selected, setSelected] = useState<ReadonlySet<MemberId>>(new Set());
  const manages = me !== null && hasRole(me.role, 'manager');
  const picked = manages ? asked : null;
  const whose: StaffId | null = picked === NOBODY ? null : ((picked as StaffId | null) ?? me?.id ?? null);
  const { entries, ready } = useClientBook(whose, sort, clock);
  if (!me) return null;
  const name = staff.find((s) => s.id === whose)?.name ?? '';
  const title =
    whose === me.id
      ? t('keep.book.title')
      : whose === null
        ? t('keep.book.nobody')
        : t('keep.book.titleOf', { name });

  const pick = (value: string) => {
    setSelected(new Set());
    setShown(PAGE);
    setStaff(value === me.id ? null : value);
  };
  const toggle = (member: MemberId) =>
    setSelected((set) => {
      const next = new Set(set);
      if (!next.delete(member)) next.add(member);
      return next;
    });
  const live = entries.filter((e) => selected.has(e.member.id)).map((e) => e.member.id);

  return (
    <section className="book" aria-labelledby={`${id}-title`}>
      <header className="book-head">
        <h1 id={`${id}-title`}>{title}</h1>
        {manages && (
          <div className="field book-whose">
            <label htmlFor={`${id}-whose`}>{t('keep.book.whose')}</label>
            <select id={`${id}-whose`} value={whose ?? NOBODY} onChange={(e) => pick(e.target.value)}>
              {staff.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
              <option value={NOBODY}>{t('keep.book.nobody')}</option>
            </select>
          </div>
        )}
        <div className="book-links">
          <Link className="btn" to="/birthdays">
            {t('keep.book.printBoard')}
          </Link>
          {manages && (
            <Link className="btn" to="/drifting">
              {t('keep.book.drifting')}
            </Link>
          )}
        </div>
      </header>
      {whose !== null && <TodayTasks staffId={whose} />}
      <div className="book-bar">
        <p role="status" className="book-count">
          {ready ? t('keep.book.count', { count: entries.length }) : t('keep.book.loading')}
        </p>
        <div className="book-sorts" role="group" aria-label={t('keep.book.sortBy')}>
          {BOOK_SORTS.map((s) => (
            <button
              key={s}
              type="button"
              className="btn"
              aria-pressed={sort === s}
              onClick={() => setSort(s)}
            >
              {t(`keep.book.sort.${s}`)}
            </button>
          ))}
        </div>
      </div>
      {ready && entries.length === 0 ? (
        <p className="notice">{t('keep.book.empty')}</p>
      ) : (
        <BookTable
          entries={entries.slice(0, shown)}
          clock={clock}
          {...(manages && { selected, onToggle: toggle })}
        />
      )}
      {entries.length > shown && (
        <button type="button" className="btn book-more" onClick={() => setShown((n) => n + PAGE)}>
          {t('keep.book.more', { count: Math.min(PAGE, entries.length - shown) })}
        </button>
      )}
      {manages && ready && (
        // Her server session goes with each move (decision 0008): without it the server refuses them.
        <SessionGate least="manager" offlineText={t('keep.reassign.offline')}>
          <ReassignPanel
            key={whose ?? NOBODY}
            members={live.length > 0 ? live : entries.map((e) => e.member.id)}
            selected={live.length > 0}
            from={whose}
            staff={staff}
            onMoved={() => setSelected(new Set())}
          />
        </SessionGate>
      )}
    </section>
  );
}
