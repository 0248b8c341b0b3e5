import { useId, useMemo } from 'react';
import { z } from 'zod';
import type { StoreSettingsFields } from '../../../shared/domain/store-settings';
import { ProgrammeRulesSchema, TaskTimingSchema } from '../../../shared/schemas/store-settings.schema';
import type { CommandResult } from '../../commands/command-runner';
import { useTaskSettingsTranslation } from '../../i18n/task-settings-messages';
import { showRefusal } from '../../ui/form/field-error';
import { FormRefusal } from '../../ui/form/form-refusal';
import { SchemaForm } from '../../ui/form/schema-form';
import { TextField } from '../../ui/form/text-field';
import { useSchemaForm } from '../../ui/form/use-schema-form';
import { commandErrorText } from '../member/command-error';
import { typedWhole } from './typed-whole';

const { holidayDaysAhead, birthdayDaysAhead, weeklyContactCap } = TaskTimingSchema.shape;
const FIELDS = ['holidayDaysAhead', 'birthdayDaysAhead', 'weeklyContactCap', 'dormantAfterDays'] as const;

/** "Long time no see" comes before a card lapses: the dormancy states follow one another. */
const timingValues = (lapseAfterDays: number) =>
  z.object({
    holidayDaysAhead: typedWhole(holidayDaysAhead),
    birthdayDaysAhead: typedWhole(birthdayDaysAhead),
    weeklyContactCap: typedWhole(weeklyContactCap),
    dormantAfterDays: typedWhole(
      ProgrammeRulesSchema.shape.dormancy.shape.dormantAfterDays.max(lapseAfterDays - 1),
    ),
  });

interface TaskTimingFormProps {
  settings: Pick<StoreSettingsFields, 'rules' | 'taskTiming'>;
  onSave: (edit: Partial<StoreSettingsFields>) => Promise<CommandResult<unknown>>;
  /** Held by the card: the form starts again when its own save changes the settings. */
  saved: boolean;
  onSaved: (saved: boolean) => void;
}

/** How early greetings fall due, when a member counts as long unseen, and the weekly contact cap. */
export function TaskTimingForm({ settings, onSave, saved, onSaved }: TaskTimingFormProps) {
  const { t } = useTaskSettingsTranslation();
  const id = useId();
  const { rules, taskTiming } = settings;
  const lapse = rules.dormancy.lapseAfterDays;
  const schema = useMemo(() => timingValues(lapse), [lapse]);
  const form = useSchemaForm(schema, {
    holidayDaysAhead: String(taskTiming.holidayDaysAhead),
    birthdayDaysAhead: String(taskTiming.birthdayDaysAhead),
    weeklyContactCap: String(taskTiming.weeklyContactCap),
    dormantAfterDays: String(rules.dormancy.dormantAfterDays),
  });

  const save = async ({ dormantAfterDays, ...timing }: z.output<typeof schema>) => {
    onSaved(false);
    // Only what changed: another tablet's edit of the other rules is not overwritten.
    const edit: Partial<StoreSettingsFields> = { taskTiming: timing };
    if (dormantAfterDays !== rules.dormancy.dormantAfterDays)
      edit.rules = { ...rules, dormancy: { ...rules.dormancy, dormantAfterDays } };
    const result = await onSave(edit);
    if (result.ok) onSaved(true);
    else showRefusal(form.setError, { message: commandErrorText(t, result.error) }, FIELDS);
  };

  return (
    <SchemaForm form={form} schema={schema} onValid={save} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('taskSettings.timing.title')}</h3>
      <TextField
        name="holidayDaysAhead"
        label={t('taskSettings.timing.holidayDaysAhead')}
        inputMode="numeric"
      />
      <TextField
        name="birthdayDaysAhead"
        label={t('taskSettings.timing.birthdayDaysAhead')}
        inputMode="numeric"
      />
      <TextField
        name="dormantAfterDays"
        label={t('taskSettings.timing.dormantAfterDays')}
        inputMode="numeric"
        words={{
          'out-of-range': t('taskSettings.timing.dormantBeforeLapse', { max: lapse - 1, days: lapse }),
        }}
      />
      <TextField
        name="weeklyContactCap"
        label={t('taskSettings.timing.weeklyContactCap')}
        inputMode="numeric"
      />
      <FormRefusal />
      <button type="submit" className="btn" disabled={form.formState.isSubmitting}>
        {t('taskSettings.timing.save')}
      </button>
      {saved && <p role="status">{t('taskSettings.timing.saved')}</p>}
    </SchemaForm>
  );
}
