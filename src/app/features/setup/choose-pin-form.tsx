import { useId, useState, type SyntheticEvent } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import type { Enrolment } from '../../../shared/schemas/setup.schema';
import { resetPin } from '../../api/staff.api';
import { PinFields, pinReady } from '../admin/pin-fields';
import { formError, type FormError } from '../admin/error-text';

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
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  const ready = pinReady(pin, again);

  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (!ready || busy) return;
    setBusy(true);
    setError(null);
    const auth = {
      token: enrolment.device.token,
      session: enrolment.session.token,
      language: i18n.language,
    };
    void resetPin(auth, enrolment.staff.id, { pin }).then((r) => {
      setBusy(false);
      if (r.ok) onDone();
      else setError(formError(t, r));
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('enrol.choosePinTitle')}</h2>
      <p>{t('enrol.choosePinLead', { name: enrolment.staff.name })}</p>
      <PinFields
        label={t('enrol.pin')}
        againLabel={t('enrol.pinConfirm')}
        pin={pin}
        again={again}
        onPin={setPin}
        onAgain={setAgain}
        invalid={error?.field === 'pin'}
      />
      {error && (
        <p className="error-text" role="alert">
          {error.message}
        </p>
      )}
      <button type="submit" className="btn btn-primary" disabled={!ready || busy}>
        {busy ? t('enrol.savingPin') : t('enrol.savePin')}
      </button>
    </form>
  );
}
