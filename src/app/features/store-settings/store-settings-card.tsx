import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { hasRole, leastRoleFor } from '../../../shared/domain/permissions';
import type { StoreId } from '../../../shared/schemas/ids.schema';
import type { StoreSettingsFields } from '../../../shared/domain/store-settings';
import { ProgrammeRulesSchema, TimeZone } from '../../../shared/schemas/store-settings.schema';
import { useCurrentStaff } from '../../state/current-staff';
import { showRefusal } from '../../ui/form/field-error';
import { FormRefusal } from '../../ui/form/form-refusal';
import { SchemaForm } from '../../ui/form/schema-form';
import { SelectField } from '../../ui/form/select-field';
import { TextField } from '../../ui/form/text-field';
import { useSchemaForm } from '../../ui/form/use-schema-form';
import { commandErrorText } from '../member/command-error';
import { useCommands } from '../member/use-member';
import { typedWhole } from './typed-whole';
import { useStoreSettings } from './use-store-settings';

const TIME_ZONES = [
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Asia/Taipei',
  'Asia/Urumqi',
  'Asia/Singapore',
  'Asia/Tokyo',
];
const LEAST = leastRoleFor({ kind: 'settings.update', payload: { fields: {} } });

const SettingsValues = z.object({
  timeZone: TimeZone,
  pointsPerYuan: typedWhole(ProgrammeRulesSchema.shape.pointsPerYuan),
  followUpDays: typedWhole(ProgrammeRulesSchema.shape.followUpDays),
});
const FIELDS = ['timeZone', 'pointsPerYuan', 'followUpDays'] as const;

/** A manager's or owner's small form for the store's time zone and a few programme rules. */
export function StoreSettingsCard({ storeId }: { storeId: StoreId }) {
  const staff = useCurrentStaff();
  const settings = useStoreSettings();
  // Kept here: the form below starts again when its own save changes the settings.
  const [saved, setSaved] = useState(false);
  if (!staff || !hasRole(staff.role, LEAST)) return null;
  // Started again whenever the settings change (pulled, or saved here), so it shows them.
  return (
    <StoreSettingsForm
      key={JSON.stringify(settings)}
      storeId={storeId}
      settings={settings}
      saved={saved}
      onSaved={setSaved}
    />
  );
}

interface StoreSettingsFormProps {
  storeId: StoreId;
  settings: StoreSettingsFields;
  saved: boolean;
  onSaved: (saved: boolean) => void;
}

function StoreSettingsForm({ storeId, settings, saved, onSaved }: StoreSettingsFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const commands = useCommands();
  const form = useSchemaForm(SettingsValues, {
    timeZone: settings.timeZone,
    pointsPerYuan: String(settings.rules.pointsPerYuan),
    followUpDays: String(settings.rules.followUpDays),
  });

  const save = async ({ timeZone, pointsPerYuan, followUpDays }: z.output<typeof SettingsValues>) => {
    onSaved(false);
    const rules = { ...settings.rules, pointsPerYuan, followUpDays };
    const result = await (await commands()).saveStoreSettings(storeId, { timeZone, rules });
    if (result.ok) onSaved(true);
    else showRefusal(form.setError, { message: commandErrorText(t, result.error) }, FIELDS);
  };

  return (
    <SchemaForm
      form={form}
      schema={SettingsValues}
      onValid={save}
      className="card"
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{t('storeSettings.title')}</h2>
      <p className="hint">{t('storeSettings.hint')}</p>
      <SelectField
        name="timeZone"
        label={t('storeSettings.timeZone')}
        options={[...new Set([settings.timeZone, ...TIME_ZONES])].map((zone) => ({
          value: zone,
          label: zone,
        }))}
      />
      <TextField name="pointsPerYuan" label={t('storeSettings.pointsPerYuan')} inputMode="numeric" />
      <TextField name="followUpDays" label={t('storeSettings.followUpDays')} inputMode="numeric" />
      <FormRefusal />
      <button type="submit" className="btn" disabled={form.formState.isSubmitting}>
        {t('storeSettings.save')}
      </button>
      {saved && <p role="status">{t('storeSettings.saved')}</p>}
    </SchemaForm>
  );
}
