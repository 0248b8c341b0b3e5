import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MemberId } from '../../../shared/schemas/ids.schema';
import type { StoreClock } from '../../../shared/domain/calendar-day';
import { useKeepTranslation } from '../../i18n/keep-messages';
import { formatYuan } from '../member/money';
import { formatDayOf } from '../../i18n/format-date';
import type { Birthday } from '../../../shared/schemas/member.schema';
import { BirthdayText } from '../birthdays/birthday-text';
import type { BookEntry } from './book-order';

/**
 * The members of a book, one row each. With `selected`, each row has a box to tick for a
 * reassignment (managers); her name opens her profile.
 */
export function BookTable({
  entries,
  clock,
  selected,
  onToggle,
}: {
  entries: readonly BookEntry[];
  clock: StoreClock;
  selected?: ReadonlySet<MemberId>;
  onToggle?: (id: MemberId) => void;
}) {
  const { t, i18n } = useKeepTranslation();
  const { t: tApp } = useTranslation();
  return (
    <table className="book-table" aria-label={t('keep.book.listLabel')}>
      <thead>
        <tr>
          {selected && <th aria-hidden="true" />}
          <th scope="col">{t('keep.book.columns.name')}</th>
          <th scope="col">{t('keep.book.columns.tier')}</th>
          <th scope="col">{t('keep.book.columns.lastVisit')}</th>
          <th scope="col">{t('keep.book.columns.birthday')}</th>
          <th scope="col" className="num">
            {t('keep.book.columns.spend')}
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map(({ member, birthdayIn, figures }) => {
          return (
            <tr key={member.id}>
              {selected && (
                <td className="book-pick">
                  <input
                    type="checkbox"
                    aria-label={t('keep.book.select', { name: member.name })}
                    checked={selected.has(member.id)}
                    onChange={() => onToggle?.(member.id)}
                  />
                </td>
              )}
              <th scope="row">
                <Link to={`/members/${member.id}`}>{member.name}</Link>
              </th>
              <td>
                {figures ? (
                  <span className={`tier tier-${figures.tier}`}>{tApp(`member.tiers.${figures.tier}`)}</span>
                ) : (
                  <span className="hint">{t('keep.book.figuring')}</span>
                )}
              </td>
              <td>
                {member.lastVisitAt > 0
                  ? formatDayOf(member.lastVisitAt, clock.timeZoneOffsetMinutes, i18n.language)
                  : tApp('recognise.visit.never')}
              </td>
              <td>
                {birthdayIn === null || !member.birthday ? (
                  <span className="hint">{t('keep.book.noBirthday')}</span>
                ) : (
                  member.birthday && <BirthdayCell birthday={member.birthday} birthdayIn={birthdayIn} />
                )}
              </td>
              <td className="num">{figures ? formatYuan(figures.totalSpend, i18n.language) : ''}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** When it comes, and the birthday as she keeps it: a lunar one reads 农历八月十五, never a solar date. */
function BirthdayCell({ birthday, birthdayIn }: { birthday: Birthday; birthdayIn: number }) {
  const { t } = useKeepTranslation();
  return (
    <>
      <span className={birthdayIn <= 7 ? 'birthday-soon' : undefined}>
        {birthdayIn === 0 ? t('keep.book.birthdayToday') : t('keep.book.birthdayIn', { count: birthdayIn })}
      </span>{' '}
      <span className="hint">
        <BirthdayText birthday={birthday} />
      </span>
    </>
  );
}
