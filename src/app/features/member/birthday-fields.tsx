import { useTranslation } from 'react-i18next';
import { describedBy, FieldErrorText, FieldFrame } from '../../ui/form/field-frame';
import { useSchemaField } from '../../ui/form/use-schema-field';
import { Birthday } from '../../../shared/schemas/member.schema';
import type { BirthdayDraft } from './birthday-draft';

const RANGE = Birthday.shape;
/** A lunar month has 29 or 30 days. */
const LUNAR_DAYS = 30;

/**
 * Her birthday's calendar, month and day (and 闰月 for a lunar one), with what is wrong beside
 * it: the `birthday` field of the surrounding form, a `BirthdayDraftValue`.
 */
export function BirthdayFields() {
  const { t } = useTranslation();
  const { id, bind, value, onChange, error } = useSchemaField('birthday');
  const draft = value as BirthdayDraft;
  const invalid = { 'aria-invalid': error !== null, 'aria-describedby': describedBy(error) };
  const set = (patch: Partial<BirthdayDraft>) => onChange({ ...draft, ...patch });
  const part = (key: 'month' | 'day', max: number | undefined) => (
    <FieldFrame id={`${id}-${key}`} label={t(`member.signUp.${key}`)}>
      <input
        id={`${id}-${key}`}
        type="number"
        inputMode="numeric"
        min={RANGE[key].minValue ?? undefined}
        max={max}
        value={draft[key]}
        onChange={(e) => set({ [key]: e.target.value })}
        {...invalid}
      />
    </FieldFrame>
  );
  return (
    <fieldset className="birthday">
      <legend>{t('member.fields.birthday')}</legend>
      <FieldFrame id={id} label={t('member.signUp.calendar')}>
        <select
          {...bind}
          value={draft.calendar}
          onChange={(e) => set({ calendar: e.target.value as BirthdayDraft['calendar'] })}
        >
          <option value="solar">{t('member.signUp.solarCalendar')}</option>
          <option value="lunar">{t('member.signUp.lunarCalendar')}</option>
        </select>
      </FieldFrame>
      {part('month', RANGE.month.maxValue ?? undefined)}
      {part('day', draft.calendar === 'lunar' ? LUNAR_DAYS : (RANGE.day.maxValue ?? undefined))}
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
