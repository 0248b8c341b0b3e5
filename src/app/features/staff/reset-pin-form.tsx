import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { PinReset, type StaffCard } from '../../../shared/schemas/security.schema';
import { resetPin } from '../../api/staff.api';
import { showRefusal } from '../../ui/form/field-error';
import { SchemaForm } from '../../ui/form/schema-form';
import { useSchemaForm } from '../../ui/form/use-schema-form';
import { AdminFormActions } from '../admin/admin-form-actions';
import { formError } from '../admin/error-text';
import { PinFields, pinReady } from '../admin/pin-fields';
import { useAdminCall } from '../admin/use-admin-api';

const ResetPinValues = PinReset.extend({ again: z.string() });

export interface ResetPinFormProps {
  card: StaffCard;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** A new PIN for her, typed twice; she can change it herself later. */
export function ResetPinForm({ card, onDone, onCancel }: ResetPinFormProps) {
  const { t } = useAdminTranslation();
  const id = useId();
  const run = useAdminCall();
  const form = useSchemaForm(ResetPinValues, { pin: '', again: '' });
  const [pin, again] = useWatch({ control: form.control, name: ['pin', 'again'] });
  const busy = form.formState.isSubmitting;

  const submit = async ({ pin }: PinReset) => {
    const r = await run((auth) => resetPin(auth, card.id, { pin }));
    if (r.ok) onDone(t('admin.staff.resetDone', { name: card.name }));
    else showRefusal(form.setError, formError(t, r), ['pin']);
  };

  return (
    <SchemaForm
      form={form}
      schema={ResetPinValues}
      onValid={submit}
      className="admin-inline-form"
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{t('admin.staff.resetTitle', { name: card.name })}</h3>
      <PinFields
        name="pin"
        againName="again"
        label={t('admin.staff.resetPinLabel')}
        againLabel={t('admin.pin.confirm')}
      />
      <AdminFormActions
        canSubmit={pinReady(pin, again) && !busy}
        submitLabel={t('admin.staff.resetSubmit')}
        closeLabel={t('common.cancel')}
        onClose={onCancel}
      />
    </SchemaForm>
  );
}
