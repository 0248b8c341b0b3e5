import { useId, useState } from 'react';
import { z } from 'zod';
import { checkTillDay, readDayKey, type TillDayText } from '../../../shared/domain/till-day-input';
import type { TillDayFields } from '../../../shared/domain/till-day';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { showRefusal } from '../../ui/form/field-error';
import { FormRefusal } from '../../ui/form/form-refusal';
import { SchemaForm } from '../../ui/form/schema-form';
import { TextField } from '../../ui/form/text-field';
import { useSchemaForm } from '../../ui/form/use-schema-form';
import { commandErrorText } from '../member/command-error';
import { formatYuan } from '../member/money';
import { useCommands } from '../member/use-member';
import { useFieldRecord } from '../records/use-field-records';
import { problemText } from './problem-text';
import { useReadVipSalesOfDay, useVipSalesOfDay } from './use-vip-sales-of-day';

// Checked by the till-day rules on saving (checkTillDay), whose reasons have sentences of their own.
const TypedDay = z.object({ day: z.string(), sales: z.string(), tickets: z.string(), pieces: z.string() });
const FIELDS = ['day', 'sales', 'tickets', 'pieces'] as const;

/** A day's till figures typed at the counter; a sale below the members' own is a warning she confirms. */
export function TillDayForm({ todayKey }: { todayKey: string }) {
  const { t, i18n } = useAdminTranslation();
  const id = useId();
  const commands = useCommands();
  const form = useSchemaForm(TypedDay, { day: todayKey, sales: '', tickets: '', pieces: '' });
  const typedDay = readDayKey(form.watch('day'));
  const record = useFieldRecord('tillDay', typedDay ?? '');
  const vipSales = useVipSalesOfDay(typedDay);
  const readVipSales = useReadVipSalesOfDay();
  const [saved, setSaved] = useState<string | null>(null);
  const [warning, setWarning] = useState<{ day: string; fields: TillDayFields; vipFen: number } | null>(null);
  const yuan = (fen: number) => formatYuan(fen, i18n.language);

  const save = async (day: string, fields: TillDayFields) => {
    setWarning(null);
    const result = await (await commands()).saveFieldRecord('tillDay', day, fields);
    if (result.ok) setSaved(day);
    else showRefusal(form.setError, { message: commandErrorText(t, result.error) }, FIELDS);
  };

  const check = async (typed: TillDayText) => {
    setSaved(null);
    const checked = checkTillDay(typed, todayKey);
    if (!checked.ok) {
      for (const [field, problem] of Object.entries(checked.problems))
        form.setError(field as keyof TillDayText, { type: 'server', message: problemText(t, problem) });
      setWarning(null);
      return;
    }
    const vipFen = await readVipSales(checked.day);
    if (checked.fields.salesFen < vipFen) setWarning({ ...checked, vipFen });
    else await save(checked.day, checked.fields);
  };

  return (
    <SchemaForm
      form={form}
      schema={TypedDay}
      onValid={check}
      className="card"
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{t('admin.till.day.title')}</h2>
      <p className="hint">{t('admin.till.day.hint')}</p>
      <div className="till-fields">
        <TextField name="day" label={t('admin.till.day.date')} inputMode="numeric" />
        <TextField name="sales" label={t('admin.till.day.sales')} inputMode="decimal" />
        <TextField name="tickets" label={t('admin.till.day.tickets')} inputMode="numeric" />
        <TextField name="pieces" label={t('admin.till.day.pieces')} inputMode="numeric" />
      </div>
      {typedDay !== null && (
        <p className="hint">
          {record?.salesFen !== undefined
            ? t('admin.till.day.current', {
                sales: yuan(record.salesFen),
                tickets: record.tickets ?? '–',
                pieces: record.pieces ?? '–',
              })
            : t('admin.till.day.none')}
          {vipSales !== undefined && <> · {t('admin.till.day.vipSales', { sales: yuan(vipSales) })}</>}
        </p>
      )}
      {warning && (
        <div className="till-warning" role="alert">
          <p>
            <strong aria-hidden="true">⚠ </strong>
            {t('admin.till.day.belowVip', {
              sales: yuan(warning.fields.salesFen),
              vip: yuan(warning.vipFen),
            })}
          </p>
          <button type="button" className="btn" onClick={() => void save(warning.day, warning.fields)}>
            {t('admin.till.day.confirm')}
          </button>
        </div>
      )}
      <FormRefusal />
      <button type="submit" className="btn btn-primary" disabled={form.formState.isSubmitting}>
        {t('admin.till.day.save')}
      </button>
      {saved && <p role="status">{t('admin.till.day.saved', { day: saved })}</p>}
    </SchemaForm>
  );
}
