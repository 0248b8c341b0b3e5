import { useTranslation } from 'react-i18next';
import type { BirthdayDraft } from './birthday-draft';

/** Her birthday's calendar, month and day (and 闰月 for a lunar one), with what is wrong beside it. */
export function BirthdayFields({
  value,
  onChange,
  error,
  errorId,
}: {
  value: BirthdayDraft;
  onChange: (next: BirthdayDraft) => void;
  error: string | null;
  errorId: string;
}) {
  const { t } = useTranslation();
  const invalid = error === null ? {} : { 'aria-invalid': true, 'aria-describedby': errorId };
  const set = (patch: Partial<BirthdayDraft>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="birthday">
      <legend>{t('member.fields.birthday')}</legend>
      <label>
        {t('member.signUp.calendar')}
        <select
          value={value.calendar}
          onChange={(e) => set({ calendar: e.target.value as BirthdayDraft['calendar'] })}
        >
          <option value="solar">{t('member.signUp.solarCalendar')}</option>
          <option value="lunar">{t('member.signUp.lunarCalendar')}</option>
        </select>
      </label>
      <label>
        {t('member.signUp.month')}
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={12}
          value={value.month}
          onChange={(e) => set({ month: e.target.value })}
          {...invalid}
        />
      </label>
      <label>
        {t('member.signUp.day')}
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={value.calendar === 'lunar' ? 30 : 31}
          value={value.day}
          onChange={(e) => set({ day: e.target.value })}
          {...invalid}
        />
      </label>
      {value.calendar === 'lunar' && (
        <label className="check">
          <input
            type="checkbox"
            checked={value.leapMonth}
            onChange={(e) => set({ leapMonth: e.target.checked })}
          />
          {t('member.leapMonth')}
        </label>
      )}
      {error !== null && (
        <span id={errorId} className="error-text">
          {error}
        </span>
      )}
    </fieldset>
  );
}
