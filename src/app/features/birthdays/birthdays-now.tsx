import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import { birthdaysInMonth } from '../../../shared/domain/birthday';
import { useKeepTranslation } from '../../i18n/keep-messages';
import { useRoster } from '../clients/use-roster';
import { useStoreToday } from '../clients/use-client-book';
import { useStoreClock } from '../recognise/use-store-clock';
import { monthName } from './board-month';
import './birthdays-now.css';

// Names shown for the rest of the month; the board has them all.
const MONTH_NAMES = 8;

/**
 * The home screen's birthdays: today's by name (greet her when she walks in), then the month's.
 * Loaded after the first screen (the lunar calendar is large), so it appears a moment later.
 */
export default function BirthdaysNow() {
  const { t, i18n } = useKeepTranslation();
  const id = useId();
  const today = useStoreToday(useStoreClock());
  const { members, ready } = useRoster();
  const month = useMemo(
    () => birthdaysInMonth(members, (m) => m.birthday, today.year, today.month),
    [members, today],
  );
  if (!ready) return null;
  const todays = month.filter((b) => b.date.day === today.day);
  const later = month.filter((b) => b.date.day > today.day);
  return (
    <section className="birthdays-now" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('keep.home.title')}</h2>
      <div className="birthdays-now-today">
        <h3>{t('keep.home.today')}</h3>
        {todays.length === 0 ? (
          <p className="hint">{t('keep.home.noneToday')}</p>
        ) : (
          <ul>
            {todays.map(({ member }) => (
              <li key={member.id}>
                <Link to={`/members/${member.id}`}>{member.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="birthdays-now-month">
        <h3>{t('keep.home.month')}</h3>
        <ul>
          {later.slice(0, MONTH_NAMES).map(({ member, date }) => (
            <li key={member.id}>
              <Link to={`/members/${member.id}`}>
                {member.name}{' '}
                <span className="hint">
                  {t('keep.board.dayOf', {
                    month: date.month,
                    day: date.day,
                    monthName: monthName(date.month, i18n.language),
                  })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
        {later.length > MONTH_NAMES && (
          <p className="hint">{t('keep.home.more', { count: later.length - MONTH_NAMES })}</p>
        )}
        <Link className="btn" to="/birthdays?month=this">
          {t('keep.home.board')}
        </Link>
      </div>
    </section>
  );
}
