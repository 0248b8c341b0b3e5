import { useId, useState } from 'react';
import type { z } from 'zod';
import { readDayKey } from '../../../shared/domain/till-day-input';
import { checkTargets } from '../../../shared/domain/target-input';
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
import { problemText } from '../till/problem-text';
import { SuggestionBasis } from './suggestion-basis';
import { TargetFields } from './target-fields';
import { DayTargetText, EMPTY_TARGETS, growthOf } from './target-values';
import { useTargetSuggestions } from './use-target-suggestions';

const FIELDS = ['day', 'vipSales', 'vipShare', 'newCards', 'vipVisits', 'followUps'] as const;

/** One day's targets, set or changed on their own (a promotion day, a holiday). */
export function DayTargetForm({ todayKey }: { todayKey: string }) {
  const { t, i18n } = useAdminTranslation();
  const id = useId();
  const commands = useCommands();
  const form = useSchemaForm(DayTargetText, { day: todayKey, growth: '5', ...EMPTY_TARGETS });
  const day = readDayKey(form.watch('day'));
  const current = useFieldRecord('dayTarget', day ?? '');
  const [year = 0, month = 1] = (day ?? todayKey).split('-').map(Number);
  const suggestions = useTargetSuggestions(year, month, 1, growthOf(form.watch('growth')));
  const [saved, setSaved] = useState<string | null>(null);

  const save = async (typed: z.output<typeof DayTargetText>) => {
    setSaved(null);
    const checked = checkTargets(typed);
    const key = readDayKey(typed.day);
    if (!checked.ok)
      for (const [f, p] of Object.entries(checked.problems))
        form.setError(f as 'vipSales', { type: 'server', message: problemText(t, p) });
    if (!key) form.setError('day', { type: 'server', message: problemText(t, 'not-a-day') });
    if (!checked.ok || !key) return;
    const result = await (await commands()).saveFieldRecord('dayTarget', key, checked.target);
    if (result.ok) setSaved(key);
    else showRefusal(form.setError, { message: commandErrorText(t, result.error) }, FIELDS);
  };

  return (
    <SchemaForm
      form={form}
      schema={DayTargetText}
      onValid={save}
      className="card"
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{t('admin.till.targets.dayTitle')}</h2>
      <p className="hint">{t('admin.till.targets.dayHint')}</p>
      <div className="till-fields">
        <TextField name="day" label={t('admin.till.targets.date')} inputMode="numeric" />
        <TextField name="growth" label={t('admin.till.targets.growth')} inputMode="decimal" />
      </div>
      {current?.vipSalesFen !== undefined && (
        <p className="hint">
          {t('admin.till.targets.current', {
            value: `${formatYuan(current.vipSalesFen, i18n.language)} · ${(current.vipShareBp ?? 0) / 100} % · ${current.newCards ?? '–'} / ${current.vipVisits ?? '–'} / ${current.followUps ?? '–'}`,
          })}
        </p>
      )}
      <SuggestionBasis suggestions={suggestions} />
      <TargetFields suggestions={suggestions} />
      <FormRefusal />
      <button type="submit" className="btn btn-primary" disabled={form.formState.isSubmitting}>
        {t('admin.till.targets.saveDay')}
      </button>
      {saved && <p role="status">{t('admin.till.targets.savedDay', { day: saved })}</p>}
    </SchemaForm>
  );
}
