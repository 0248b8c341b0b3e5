import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { StaffRole } from '../../../shared/schemas/setup.schema';
import { NewStaff } from '../../../shared/schemas/security.schema';
import { addStaff } from '../../api/staff.api';
import { useDirtyForm } from '../../state/use-dirty-form';
import { showRefusal } from '../../ui/form/field-error';
import { SchemaForm } from '../../ui/form/schema-form';
import { SelectField } from '../../ui/form/select-field';
import { TextField } from '../../ui/form/text-field';
import { useSchemaForm } from '../../ui/form/use-schema-form';
import { AdminFormActions } from '../admin/admin-form-actions';
import { formError } from '../admin/error-text';
import { PinFields, pinReady } from '../admin/pin-fields';
import { useAdminCall } from '../admin/use-admin-api';

const NewStaffValues = NewStaff.extend({ again: z.string() });
const BLANK = { name: '', role: 'associate', pin: '', again: '' } as const;

export interface AddStaffFormProps {
  onAdded: (message: string) => void;
  onClose: () => void;
}

/** Owner: a new staff member, her role and her first PIN. Nothing typed is lost on a refusal. */
export function AddStaffForm({ onAdded, onClose }: AddStaffFormProps) {
  const { t } = useAdminTranslation();
  const id = useId();
  const run = useAdminCall();
  const form = useSchemaForm(NewStaffValues, BLANK);
  const [name, pin, again] = useWatch({ control: form.control, name: ['name', 'pin', 'again'] });
  const busy = form.formState.isSubmitting;
  useDirtyForm(name !== '' || pin !== '');
  const ready = name.trim() !== '' && pinReady(pin, again);

  const submit = async ({ name, role, pin }: NewStaff) => {
    const r = await run((auth) => addStaff(auth, { name, role, pin }));
    if (r.ok) {
      onAdded(t('admin.staff.add.done', { name }));
      form.reset(BLANK);
    } else {
      showRefusal(form.setError, formError(t, r), ['name', 'role', 'pin']);
    }
  };

  return (
    <SchemaForm
      form={form}
      schema={NewStaffValues}
      onValid={submit}
      className="admin-inline-form"
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{t('admin.staff.add.title')}</h3>
      <TextField name="name" label={t('admin.staff.add.name')} autoComplete="off" />
      <SelectField
        name="role"
        label={t('admin.staff.add.role')}
        options={StaffRole.options.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
      />
      <PinFields
        name="pin"
        againName="again"
        label={t('admin.staff.add.pin')}
        againLabel={t('admin.pin.confirm')}
      />
      <p className="hint">{t('admin.staff.add.hint')}</p>
      <AdminFormActions
        canSubmit={ready && !busy}
        submitLabel={busy ? t('admin.staff.add.submitting') : t('admin.staff.add.submit')}
        closeLabel={t('common.close')}
        onClose={onClose}
      />
    </SchemaForm>
  );
}
