import { useTranslation } from 'react-i18next';
import { SizeCategory } from '../../../shared/schemas/member.schema';
import { formatLunar, nextBirthday } from '../../../shared/domain/birthday';
import { daysUntil, todayOf, type StoreClock } from '../../../shared/domain/calendar-day';
import type { MemberRow } from '../../db/floorbook-db';
import { formatDay } from '../../i18n/format-date';

/**
 * What an associate needs while greeting her, first on the page on every tablet: her sizes, what
 * she likes and dislikes, her birthday and the notes kept on her. Edited in the sections below.
 */
export function MemberEssentials({ row, clock }: { row: MemberRow; clock: StoreClock }) {
  const { t, i18n } = useTranslation();
  const f = row.fields;
  const none = t('member.notSet');
  const sizes = SizeCategory.options.flatMap((c) =>
    f.sizes[c] ? [`${t(`member.sizeCategories.${c}`)} ${f.sizes[c]}`] : [],
  );
  return (
    <section className="card member-essentials" aria-labelledby="essentials-title">
      <h2 id="essentials-title">{t('member.essentials')}</h2>
      <dl className="details essentials">
        <div className="essentials-sizes">
          <dt>{t('member.fields.sizes')}</dt>
          <dd>{sizes.join('，') || none}</dd>
        </div>
        <div>
          <dt>{t('member.fields.preferences')}</dt>
          <dd>{f.preferences.join('、') || none}</dd>
        </div>
        <div>
          <dt>{t('member.fields.dislikes')}</dt>
          <dd>{f.dislikes.join('、') || none}</dd>
        </div>
        <div>
          <dt>{t('member.birthday.title')}</dt>
          <dd>
            <BirthdayLine row={row} clock={clock} language={i18n.language} />
          </dd>
        </div>
        <div className="essentials-notes">
          <dt>{t('member.fields.softNotes')}</dt>
          <dd>{f.softNotes ?? none}</dd>
        </div>
      </dl>
    </section>
  );
}

function BirthdayLine({ row, clock, language }: { row: MemberRow; clock: StoreClock; language: string }) {
  const { t } = useTranslation();
  const birthday = row.fields.birthday;
  if (!birthday) return t('member.birthday.none');
  const today = todayOf(clock);
  const next = nextBirthday(birthday, today);
  const inDays = daysUntil(today, next);
  return (
    <>
      {birthday.calendar === 'lunar'
        ? formatLunar(birthday, language === 'en' ? 'en' : 'zh-CN')
        : t('member.birthday.solar', { month: birthday.month, day: birthday.day })}{' '}
      <span className={inDays <= 7 ? 'birthday-soon' : 'hint'}>
        {inDays === 0
          ? t('member.birthday.today')
          : inDays <= 7
            ? t('member.birthday.inDays', { count: inDays })
            : t('member.birthday.next', { date: formatDay(next, language) })}
      </span>
    </>
  );
}
