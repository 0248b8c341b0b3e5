import { useId, useState } from 'react';
import { z } from 'zod';
import { staffTargetKey, type Quarter } from '../../../shared/domain/targets';
import { readCount } from '../../../shared/domain/yuan-text';
import type { StaffCard } from '../../../shared/schemas/security.schema';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { showRefusal } from '../../ui/form/field-error';
import { FormRefusal } from '../../ui/form/form-refusal';
import { SchemaForm } from '../../ui/form/schema-form';
import { TextField } from '../../ui/form/text-field';
import { useSchemaForm } from '../../ui/form/use-schema-form';
import { useStaffRoster } from '../lock/queries';
import { commandErrorText } from '../member/command-error';
import { useCommands } from '../member/use-member';
import { useFieldRecords } from '../records/use-field-records';
import { problemText } from '../till/problem-text';

// In the roster's order: one typed count per associate.
const Counts = z.object({ counts: z.array(z.string()) });
const NO_FIELDS: readonly string[] = [];

/** Each associate's new-card target for this quarter (the KPI screen measures her against it). */
export function StaffTargetsForm({ todayKey }: { todayKey: string }) {
  const roster = useStaffRoster();
  const targets = useFieldRecords('staffTarget');
  const [year = 0, month = 1] = todayKey.split('-').map(Number);
  const quarter = (Math.floor((month - 1) / 3) + 1) as Quarter;
  // Kept here: the card below starts again when its own save changes the targets.
  const [saved, setSaved] = useState(false);
  if (roster === undefined || targets === undefined) return null;
  const staff = roster?.staff ?? [];
  const current = staff.map((s) => String(targets.get(staffTargetKey(s.id, year, quarter))?.newCards ?? ''));
  // Started again when a target arrives from another tablet, so it shows what is saved.
  return (
    <StaffTargetsCard
      key={JSON.stringify(current)}
      staff={staff}
      current={current}
      year={year}
      quarter={quarter}
      saved={saved}
      onSaved={setSaved}
    />
  );
}

interface CardProps {
  staff: readonly StaffCard[];
  current: string[];
  year: number;
  quarter: Quarter;
  saved: boolean;
  onSaved: (saved: boolean) => void;
}

function StaffTargetsCard({ staff, current, year, quarter, saved, onSaved }: CardProps) {
  const { t } = useAdminTranslation();
  const id = useId();
  const commands = useCommands();
  const form = useSchemaForm(Counts, { counts: current });

  const save = async ({ counts }: z.output<typeof Counts>) => {
    onSaved(false);
    const edits: { key: string; edit: { newCards: number } }[] = [];
    let refused = false;
    for (const [i, s] of staff.entries()) {
      const typed = counts[i] ?? '';
      if (typed.trim() === '') continue;
      const read = readCount(typed);
      if (read.ok) edits.push({ key: staffTargetKey(s.id, year, quarter), edit: { newCards: read.count } });
      else {
        refused = true;
        form.setError(`counts.${i}`, { type: 'server', message: problemText(t, read.problem) });
      }
    }
    if (refused || edits.length === 0) return;
    const result = await (await commands()).saveFieldRecords('staffTarget', edits);
    if (result.ok) onSaved(true);
    else showRefusal(form.setError, { message: commandErrorText(t, result.error) }, NO_FIELDS);
  };

  return (
    <SchemaForm form={form} schema={Counts} onValid={save} className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('admin.till.targets.staffTitle')}</h2>
      <p className="hint">{t('admin.till.targets.staffHint', { year, quarter })}</p>
      {staff.length === 0 ? (
        <p>{t('admin.till.targets.noStaff')}</p>
      ) : (
        <div className="till-fields">
          {staff.map((s, i) => (
            <TextField
              key={s.id}
              name={`counts.${i}`}
              label={t('admin.till.targets.staffField', { name: s.name })}
              inputMode="numeric"
            />
          ))}
        </div>
      )}
      <FormRefusal />
      {staff.length > 0 && (
        <button type="submit" className="btn btn-primary" disabled={form.formState.isSubmitting}>
          {t('admin.till.targets.saveStaff')}
        </button>
      )}
      {saved && <p role="status">{t('admin.till.targets.savedStaff')}</p>}
    </SchemaForm>
  );
}
