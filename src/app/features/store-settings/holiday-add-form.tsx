import { useId, useState } from 'react';
import { z } from 'zod';
import type { Holiday } from '../../../shared/domain/tasks/task-config';
import { lastHolidayDay } from '../../../shared/domain/tasks/task-config';
import { holidayName } from '../../../shared/schemas/store-settings.schema';
import { plainText } from '../../../shared/schemas/text.schema';
import type { CommandResult } from '../../commands/command-runner';
import { useTaskSettingsTranslation } from '../../i18n/task-settings-messages';
import { showRefusal } from '../../ui/form/field-error';
import { FormRefusal } from '../../ui/form/form-refusal';
import { SchemaForm } from '../../ui/form/schema-form';
import { SelectField } from '../../ui/form/select-field';
import { TextField } from '../../ui/form/text-field';
import { useSchemaForm } from '../../ui/form/use-schema-form';
import { commandErrorText } from '../member/command-error';
import { typedWhole } from './typed-whole';

const HolidayValues = z
  .object({
    nameZh: holidayName(20),
    nameEn: plainText(40),
    calendar: z.enum(['solar', 'lunar']),
    month: typedWhole(z.int().min(1).max(12)),
    day: typedWhole(z.int().min(1).max(31)),
  })
  .refine((v) => v.day <= lastHolidayDay(v.calendar, v.month), { message: 'date', path: ['day'] });
const FIELDS = ['nameZh', 'nameEn', 'calendar', 'month', 'day'] as const;
const EMPTY = { nameZh: '', nameEn: '', calendar: 'solar', month: '', day: '' } as const;

interface HolidayAddFormProps {
  onAdd: (holiday: Holiday) => Promise<CommandResult<unknown>>;
}

/**
 * A holiday of the store's own: a name and a solar or lunar month and day. A day its month does
 * not have is refused beside the day, with everything typed kept.
 */
export function HolidayAddForm({ onAdd }: HolidayAddFormProps) {
  const { t } = useTaskSettingsTranslation();
  const id = useId();
  const [added, setAdded] = useState(false);
  const form = useSchemaForm(HolidayValues, EMPTY);
  const calendar = form.watch('calendar');
  const month = form.watch('month');

  const add = async (v: z.output<typeof HolidayValues>) => {
    setAdded(false);
    const result = await onAdd({
      // Never reused: it goes into the ids of this holiday's tasks on every tablet.
      id: `own-${crypto.randomUUID().slice(0, 8)}`,
      name: { zh: v.nameZh, en: v.nameEn || v.nameZh },
      calendar: v.calendar,
      month: v.month,
      day: v.day,
    });
    if (!result.ok) return showRefusal(form.setError, { message: commandErrorText(t, result.error) }, FIELDS);
    form.reset(EMPTY);
    setAdded(true);
  };

  return (
    <SchemaForm form={form} schema={HolidayValues} onValid={add} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('taskSettings.add.title')}</h3>
      <TextField name="nameZh" label={t('taskSettings.add.nameZh')} />
      <TextField name="nameEn" label={t('taskSettings.add.nameEn')} />
      <SelectField
        name="calendar"
        label={t('taskSettings.add.calendar')}
        options={(['solar', 'lunar'] as const).map((c) => ({ value: c, label: t(`taskSettings.${c}`) }))}
      />
      <TextField name="month" label={t('taskSettings.add.month')} inputMode="numeric" />
      <TextField
        name="day"
        label={t('taskSettings.add.day')}
        inputMode="numeric"
        words={{
          date:
            calendar === 'lunar'
              ? t('taskSettings.add.noSuchLunarDay')
              : t('taskSettings.add.noSuchSolarDay', { month }),
        }}
      />
      <FormRefusal />
      <button type="submit" className="btn" disabled={form.formState.isSubmitting}>
        {t('taskSettings.add.submit')}
      </button>
      {added && <p role="status">{t('taskSettings.add.added')}</p>}
    </SchemaForm>
  );
}
