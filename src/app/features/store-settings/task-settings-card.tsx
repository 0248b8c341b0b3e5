import { useId, useState } from 'react';
import { hasRole, leastRoleFor } from '../../../shared/domain/permissions';
import type { StoreId } from '../../../shared/schemas/ids.schema';
import { useTaskSettingsTranslation } from '../../i18n/task-settings-messages';
import { useCurrentStaff } from '../../state/current-staff';
import { commandErrorText } from '../member/command-error';
import { HolidayAddForm } from './holiday-add-form';
import { HolidayList } from './holiday-list';
import { useSaveSettings } from './save-settings';
import { TaskTimingForm } from './task-timing-form';
import './task-settings.css';
import { useStoreSettings } from './use-store-settings';

const LEAST = leastRoleFor({ kind: 'settings.update', payload: { fields: {} } });

/**
 * A manager's or owner's settings of the daily tasks: the holiday calendar, how early greetings
 * fall due, "long time no see" and the weekly contact cap. Every tablet's tasks follow them once
 * synced.
 */
export function TaskSettingsCard({ storeId }: { storeId: StoreId }) {
  const { t } = useTaskSettingsTranslation();
  const id = useId();
  const staff = useCurrentStaff();
  const settings = useStoreSettings();
  const save = useSaveSettings(storeId);
  const [timingSaved, setTimingSaved] = useState(false);
  // A switch or a removal has no form of its own: why it was not saved is said under the list.
  const [listRefusal, setListRefusal] = useState<string | null>(null);
  if (!staff || !hasRole(staff.role, LEAST)) return null;
  const { holidays } = settings;
  const saveList = async (next: typeof holidays) => {
    const result = await save({ holidays: next });
    setListRefusal(result.ok ? null : commandErrorText(t, result.error));
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('taskSettings.title')}</h2>
      <p className="hint">{t('taskSettings.hint')}</p>
      <HolidayList holidays={holidays} onChange={(next) => void saveList(next)} />
      {listRefusal && <p role="alert">{listRefusal}</p>}
      <HolidayAddForm
        onAdd={(holiday) => save({ holidays: { ...holidays, own: [...holidays.own, holiday] } })}
      />
      {/* Started again when the timing changes (pulled, or saved here), so it shows them. */}
      <TaskTimingForm
        key={JSON.stringify([settings.taskTiming, settings.rules.dormancy])}
        settings={settings}
        onSave={save}
        saved={timingSaved}
        onSaved={setTimingSaved}
      />
    </section>
  );
}
