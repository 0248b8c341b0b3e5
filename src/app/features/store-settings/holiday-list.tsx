import type { StoreSettingsFields } from '../../../shared/domain/store-settings';
import { DEFAULT_HOLIDAYS, type Holiday } from '../../../shared/domain/tasks/task-config';
import { useTaskSettingsTranslation } from '../../i18n/task-settings-messages';

type Holidays = StoreSettingsFields['holidays'];

interface HolidayListProps {
  holidays: Holidays;
  onChange: (holidays: Holidays) => void;
}

/** The default holidays, each switched on or off, and the store's own, each removable. */
export function HolidayList({ holidays, onChange }: HolidayListProps) {
  const { t, i18n } = useTaskSettingsTranslation();
  const name = (h: Holiday) => (i18n.language === 'en' ? h.name.en : h.name.zh);
  const label = (h: Holiday) =>
    t('taskSettings.on', {
      name: name(h),
      date: t('taskSettings.date', { calendar: t(`taskSettings.${h.calendar}`), month: h.month, day: h.day }),
    });
  const toggle = (id: string, on: boolean) =>
    onChange({ ...holidays, off: on ? holidays.off.filter((o) => o !== id) : [...holidays.off, id] });

  return (
    <fieldset>
      <legend>{t('taskSettings.holidays')}</legend>
      {DEFAULT_HOLIDAYS.map((h) => (
        <label key={h.id} className="check">
          <input
            type="checkbox"
            checked={!holidays.off.includes(h.id)}
            onChange={(e) => toggle(h.id, e.target.checked)}
          />
          {label(h)}
        </label>
      ))}
      {holidays.own.length === 0 ? (
        <p className="hint">{t('taskSettings.noOwn')}</p>
      ) : (
        <ul className="own-holidays">
          {holidays.own.map((h) => (
            <li key={h.id}>
              <span>{label(h)}</span>
              <button
                type="button"
                className="btn"
                aria-label={t('taskSettings.remove', { name: name(h) })}
                onClick={() => onChange({ ...holidays, own: holidays.own.filter((o) => o.id !== h.id) })}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
