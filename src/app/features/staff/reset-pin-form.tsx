import { useId, useState, type SyntheticEvent } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import type { StaffCard } from '../../../shared/schemas/security.schema';
import { resetPin } from '../../api/staff.api';
import { formError, type FormError } from '../admin/error-text';
import { PinFields, pinReady } from '../admin/pin-fields';
import { useAdminCall } from '../admin/use-admin-api';

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
    void run((auth) => resetPin(auth, card.id, { pin })).then((r) => {
      setBusy(false);
      if (r.ok) onDone(t('admin.staff.resetDone', { name: card.name }));
      else setError(formError(t, r));
    });
  };

  return (
    <form className="admin-inline-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('admin.staff.resetTitle', { name: card.name })}</h3>
      <PinFields
        label={t('admin.staff.resetPinLabel')}
        againLabel={t('admin.pin.confirm')}
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
      <div className="admin-actions">
        <button type="submit" className="btn btn-primary" disabled={!ready || busy}>
          {t('admin.staff.resetSubmit')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
