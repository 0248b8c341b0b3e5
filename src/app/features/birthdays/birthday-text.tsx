import { useTranslation } from 'react-i18next';
import type { Birthday } from '../../../shared/schemas/member.schema';
import { formatLunar } from '../../../shared/domain/birthday';

/** A birthday as she keeps it: 公历 3月8日, or 农历八月十五 (never turned into a solar date). */
export function BirthdayText({ birthday }: { birthday: Birthday }) {
  const { t, i18n } = useTranslation();
  return birthday.calendar === 'lunar'
    ? formatLunar(birthday, i18n.language === 'en' ? 'en' : 'zh-CN')
    : t('member.birthday.solar', { month: birthday.month, day: birthday.day });
}
