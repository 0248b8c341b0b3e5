import { useTranslation } from 'react-i18next';
import { describedBy, FieldErrorText } from '../../ui/form/field-frame';
import { useSchemaField } from '../../ui/form/use-schema-field';
import { Birthday } from '../../../shared/schemas/member.schema';
import type { BirthdayDraft } from './birthday-draft';

const { month: MONTH, day: DAY } = Birthday.shape;
/** A lunar month has 29 or 30 days. */
const LUNAR_DAYS = 30;

/**
 * Her birthday's calendar, month and day (and 闰月 for a lunar one), with what is wrong beside
 * it: the `birthday` field of the surrounding form, a `BirthdayDraftValue`.
 */
export function BirthdayFields() {
  const { t } = useTranslation();
  const { bind, value, onChange, error } = useSchemaField('birthday');
  const draft = value as BirthdayDraft;
  const invalid = { 'aria-invalid': error !== null, 'aria-describedby': describedBy(error) };
  const set = (patch: Partial<BirthdayDraft>) => onChange({ ...draft, ...patch });
  return (
    <fieldset className="birthday">
      <legend>{t('member.fields.birthday')}</legend>
      <label>
        {t('member.signUp.calendar')}
        <select
          {...bind}
          value={draft.calendar}
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
          min={MONTH.minValue ?? undefined}
          max={MONTH.maxValue ?? undefined}
          value={draft.month}
          onChange={(e) => set({ month: e.target.value })}
          {...invalid}
        />
      </label>
      <label>
        {t('member.signUp.day')}
        <input
          type="number"
          inputMode="numeric"
          min={DAY.minValue ?? undefined}
          max={draft.calendar === 'lunar' ? LUNAR_DAYS : (DAY.maxValue ?? undefined)}
          value={draft.day}
          onChange={(e) => set({ day: e.target.value })}
          {...invalid}
        />
      </label>
      {draft.calendar === 'lunar' && (
        <label className="check">
          <input
            type="checkbox"
            checked={draft.leapMonth}
            onChange={(e) => set({ leapMonth: e.target.checked })}
          />
          {t('member.leapMonth')}
        </label>
      )}
      <FieldErrorText error={error} />
    </fieldset>
  );
}
