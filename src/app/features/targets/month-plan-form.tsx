import { useId, useState } from 'react';
import type { z } from 'zod';
import { daysInMonth } from '../../../shared/domain/calendar-day';
import { spreadMonth } from '../../../shared/domain/counter/month-plan';
import { checkTargets, readHundredths } from '../../../shared/domain/target-input';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { showRefusal } from '../../ui/form/field-error';
import { FormRefusal } from '../../ui/form/form-refusal';
import { SchemaForm } from '../../ui/form/schema-form';
import { TextField } from '../../ui/form/text-field';
import { useSchemaForm } from '../../ui/form/use-schema-form';
import { commandErrorText } from '../member/command-error';
import { useCommands } from '../member/use-member';
import { problemText } from '../till/problem-text';
import { SuggestionBasis } from './suggestion-basis';
import { TargetFields } from './target-fields';
import { EMPTY_TARGETS, growthOf, MonthPlanText, readMonth } from './target-values';
import { useTargetSuggestions } from './use-target-suggestions';

const FIELDS = [
  'month',
  'weekendWeight',
  'vipSales',
  'vipShare',
  'newCards',
  'vipVisits',
  'followUps',
] as const;
const MAX_WEEKEND_WEIGHT = 500;

/** A month's targets, spread over its days (weekends weighted as she chooses) and saved in one go. */
export function MonthPlanForm({ todayKey }: { todayKey: string }) {
  const { t } = useAdminTranslation();
  const id = useId();
  const commands = useCommands();
  const form = useSchemaForm(MonthPlanText, {
    month: todayKey.slice(0, 7),
    weekendWeight: '1.5',
    growth: '5',
    ...EMPTY_TARGETS,
  });
  const planned = readMonth(form.watch('month')) ?? readMonth(todayKey.slice(0, 7));
  const days = planned ? daysInMonth(planned.year, planned.month) : 30;
  const suggestions = useTargetSuggestions(
    planned?.year ?? 0,
    planned?.month ?? 1,
    days,
    growthOf(form.watch('growth')),
  );
  const [saved, setSaved] = useState<{ month: string; days: number } | null>(null);

  const save = async (typed: z.output<typeof MonthPlanText>) => {
    setSaved(null);
    const checked = checkTargets(typed);
    const month = readMonth(typed.month);
    const weight = readHundredths(typed.weekendWeight);
    if (!checked.ok)
      for (const [f, p] of Object.entries(checked.problems))
        form.setError(f as 'vipSales', { type: 'server', message: problemText(t, p) });
    if (!month) form.setError('month', { type: 'server', message: problemText(t, 'month') });
    if (!weight.ok || weight.fen > MAX_WEEKEND_WEIGHT)
      form.setError('weekendWeight', { type: 'server', message: problemText(t, 'weight') });
    if (!checked.ok || !month || !weight.ok || weight.fen > MAX_WEEKEND_WEIGHT) return;
    const plan = spreadMonth(month.year, month.month, checked.target, weight.fen / 100);
    const result = await (
      await commands()
    ).saveFieldRecords(
      'dayTarget',
      plan.map(({ key, target }) => ({ key, edit: target })),
    );
    if (result.ok) setSaved({ month: typed.month, days: plan.length });
    else showRefusal(form.setError, { message: commandErrorText(t, result.error) }, FIELDS);
  };

  return (
    <SchemaForm
      form={form}
      schema={MonthPlanText}
      onValid={save}
      className="card"
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{t('admin.till.targets.monthTitle')}</h2>
      <p className="hint">{t('admin.till.targets.monthHint')}</p>
      <div className="till-fields">
        <TextField name="month" label={t('admin.till.targets.month')} inputMode="numeric" />
        <TextField name="weekendWeight" label={t('admin.till.targets.weekendWeight')} inputMode="decimal" />
        <TextField
          name="growth"
          label={t('admin.till.targets.growth')}
          hint={t('admin.till.targets.growthHint')}
          inputMode="decimal"
        />
      </div>
      <SuggestionBasis suggestions={suggestions} />
      <TargetFields suggestions={suggestions} />
      <FormRefusal />
      <button type="submit" className="btn btn-primary" disabled={form.formState.isSubmitting}>
        {t('admin.till.targets.saveMonth')}
      </button>
      {saved && <p role="status">{t('admin.till.targets.savedMonth', saved)}</p>}
    </SchemaForm>
  );
}
