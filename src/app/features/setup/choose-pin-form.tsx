import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { useAdminTranslation } from '../../i18n/admin-messages';
import type { Enrolment } from '../../../shared/schemas/setup.schema';
import { PinReset } from '../../../shared/schemas/security.schema';
import { resetPin } from '../../api/staff.api';
import { showRefusal } from '../../ui/form/field-error';
import { FormRefusal } from '../../ui/form/form-refusal';
import { SchemaForm } from '../../ui/form/schema-form';
import { useSchemaForm } from '../../ui/form/use-schema-form';
import { PinFields, pinReady } from '../admin/pin-fields';
import { formError } from '../admin/error-text';

const ChoosePinValues = PinReset.extend({ again: z.string() });

export interface ChoosePinFormProps {
  /** A password enrolment of someone with no PIN yet: its session lets her set her own. */
  enrolment: Enrolment;
  onDone: () => void;
}

/**
 * Right after a password enrolment, she chooses the PIN she will switch in with: without one the
 * tablet could lock and nobody could open it again.
 */
export function ChoosePinForm({ enrolment, onDone }: ChoosePinFormProps) {
  const { t, i18n } = useAdminTranslation();
  const id = useId();
  const form = useSchemaForm(ChoosePinValues, { pin: '', again: '' });
  const [pin, again] = useWatch({ control: form.control, name: ['pin', 'again'] });
  const busy = form.formState.isSubmitting;

  const submit = async ({ pin }: PinReset) => {
    const auth = {
      token: enrolment.device.token,
      session: enrolment.session.token,
      language: i18n.language,
    };
    const r = await resetPin(auth, enrolment.staff.id, { pin });
    if (r.ok) onDone();
    else showRefusal(form.setError, formError(t, r), ['pin']);
  };

  return (
    <SchemaForm form={form} schema={ChoosePinValues} onValid={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('enrol.choosePinTitle')}</h2>
      <p>{t('enrol.choosePinLead', { name: enrolment.staff.name })}</p>
      <PinFields name="pin" againName="again" label={t('enrol.pin')} againLabel={t('enrol.pinConfirm')} />
      <FormRefusal />
      <button type="submit" className="btn btn-primary" disabled={!pinReady(pin, again) || busy}>
        {busy ? t('enrol.savingPin') : t('enrol.savePin')}
      </button>
    </SchemaForm>
  );
}
