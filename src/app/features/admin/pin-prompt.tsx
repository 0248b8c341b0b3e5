import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { SessionRequest } from '../../../shared/schemas/security.schema';
import { openSession } from '../../api/session.api';
import { useSession } from '../../state/session.state';
import { useStaffSession, type SignedInStaff } from '../../state/staff-session.state';
import { showRefusal } from '../../ui/form/field-error';
import { SchemaForm } from '../../ui/form/schema-form';
import { TextField } from '../../ui/form/text-field';
import { useSchemaForm } from '../../ui/form/use-schema-form';
import { errorText } from './error-text';
import './admin.css';

const PinValues = SessionRequest.pick({ pin: true });

/**
 * The signed-in staff member confirms her PIN with the server, which opens a session for the
 * routes of managers and owners (decision 0008). Wrong PINs and lock-outs come back in words,
 * beside the PIN, which is cleared for the next try.
 */
export function PinPrompt({ staff, expired }: { staff: SignedInStaff; expired: boolean }) {
  const { t, i18n } = useAdminTranslation();
  const id = useId();
  const token = useSession((s) => s.enrolment?.device.token ?? '');
  const opened = useStaffSession((s) => s.serverSessionOpened);
  const form = useSchemaForm(PinValues, { pin: '' });
  const pin = useWatch({ control: form.control, name: 'pin' });
  const busy = form.formState.isSubmitting;

  const submit = async ({ pin }: { pin: string }) => {
    const r = await openSession(token, { staffId: staff.id, pin }, i18n.language);
    if (r.ok) return opened({ token: r.value.token, expiresAt: r.value.expiresAt });
    form.setValue('pin', '');
    showRefusal(form.setError, { message: errorText(t, r), field: 'pin' }, ['pin']);
  };

  return (
    <SchemaForm
      form={form}
      schema={PinValues}
      onValid={submit}
      className="card"
      aria-labelledby={`${id}-title`}
    >
      <h2 id={`${id}-title`}>{t('admin.gate.title')}</h2>
      {expired && <p className="hint">{t('admin.gate.expired')}</p>}
      <p>{t('admin.gate.lead', { name: staff.name })}</p>
      <TextField
        name="pin"
        label={t('admin.gate.pin')}
        inputClassName="pin-input"
        type="password"
        inputMode="numeric"
        pattern="[0-9]*"
        autoComplete="off"
        autoFocus
        normalise={(typed) => typed.replace(/\D/g, '')}
      />
      <button type="submit" className="btn btn-primary" disabled={pin === '' || busy}>
        {busy ? t('admin.gate.submitting') : t('admin.gate.submit')}
      </button>
    </SchemaForm>
  );
}
