import { useId, useMemo } from 'react';
import { birthdaysInMonth } from '../../../shared/domain/birthday';
import { useKeepTranslation } from '../../i18n/keep-messages';
import { useQueryParam } from '../../ui/use-query-param';
import { useSession } from '../../state/session.state';
import { useRoster } from '../clients/use-roster';
import { useStoreToday } from '../clients/use-client-book';
import { useStoreClock } from '../recognise/use-store-clock';
import { monthAfter, monthName } from './board-month';
import { BirthdayText } from './birthday-text';
import './birthday-board.css';

/**
 * 生日榜: next month's birthdays (or this month's) as a sheet to print and put up in the store,
 * as the seeds ask managers to at the end of each month. Names and dates only: no phone numbers
 * on a sheet on the wall. The controls do not print; the sheet fits A4.
 */
export default function BirthdayBoardPage() {
  const { t, i18n } = useKeepTranslation();
  const id = useId();
  const store = useSession((s) => s.enrolment?.store.name ?? '');
  const today = useStoreToday(useStoreClock());
  const [asked, setMonth] = useQueryParam('month');
  const which = asked === 'this' ? 'this' : 'next';
  const { year, month } = which === 'this' ? today : monthAfter(today);
  const { members, ready } = useRoster();
  const board = useMemo(
    () => birthdaysInMonth(members, (m) => m.birthday, year, month),
    [members, year, month],
  );
  const name = monthName(month, i18n.language);

  return (
    <section className="board" aria-labelledby={`${id}-title`}>
      <div className="board-controls">
        <p className="hint">{t('keep.board.printHint')}</p>
        <div className="board-actions">
          <div className="board-months" role="group" aria-label={t('keep.board.month')}>
            {(['this', 'next'] as const).map((w) => (
              <button
                key={w}
                type="button"
                className="btn"
                aria-pressed={which === w}
                onClick={() => setMonth(w === 'next' ? null : w)}
              >
                {t(w === 'this' ? 'keep.board.thisMonth' : 'keep.board.nextMonth')}
              </button>
            ))}
          </div>
          <button type="button" className="btn btn-primary" onClick={() => window.print()}>
            {t('keep.board.print')}
          </button>
        </div>
      </div>
      <article className="board-sheet">
        <h1 id={`${id}-title`}>{t('keep.board.heading', { store, year, month, monthName: name })}</h1>
        <p className="board-count" role="status">
          {ready ? t('keep.board.count', { count: board.length }) : ''}
        </p>
        {ready && board.length === 0 ? (
          <p>{t('keep.board.empty')}</p>
        ) : (
          <table className="board-table" aria-labelledby={`${id}-title`}>
            <thead>
              <tr>
                <th scope="col">{t('keep.board.columns.day')}</th>
                <th scope="col">{t('keep.board.columns.name')}</th>
                <th scope="col">{t('keep.board.columns.calendar')}</th>
              </tr>
            </thead>
            <tbody>
              {board.map(({ member, date }) => (
                <tr key={member.id}>
                  <td className="board-day">
                    {t('keep.board.dayOf', { month: date.month, day: date.day, monthName: name })}
                  </td>
                  <th scope="row">{member.name}</th>
                  <td>{member.birthday && <BirthdayText birthday={member.birthday} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </article>
    </section>
  );
}
