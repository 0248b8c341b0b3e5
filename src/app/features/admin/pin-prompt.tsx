import { useId, useState, type SyntheticEvent } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { openSession } from '../../api/session.api';
import { useSession } from '../../state/session.store';
import { useStaffSession, type SignedInStaff } from '../../state/staff-session.store';
import { errorText } from './error-text';
import './admin.css';

/**
 * The signed-in staff member confirms her PIN with the server, which opens a session for the
 * routes of managers and owners (decision 0008). Wrong PINs and lock-outs come back in words.
 */
export function PinPrompt({ staff, expired }: { staff: SignedInStaff; expired: boolean }) {
  const { t, i18n } = useAdminTranslation();
  const id = useId();
  const token = useSession((s) => s.enrolment?.device.token ?? '');
  const opened = useStaffSession((s) => s.serverSessionOpened);
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (pin === '' || busy) return;
    setBusy(true);
    setError(null);
    void openSession(token, { staffId: staff.id, pin }, i18n.language).then((r) => {
      setBusy(false);
      if (r.ok) {
        opened({ token: r.value.token, expiresAt: r.value.expiresAt });
      } else {
        setPin('');
        setError(errorText(t, r));
      }
    });
  };

  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('admin.gate.title')}</h2>
      {expired && <p className="hint">{t('admin.gate.expired')}</p>}
      <p>{t('admin.gate.lead', { name: staff.name })}</p>
      <div className="field">
        <label htmlFor={`${id}-pin`}>{t('admin.gate.pin')}</label>
        <input
          id={`${id}-pin`}
          className="pin-input"
          type="password"
          inputMode="numeric"
          pattern="[0-9]*"
          autoComplete="off"
          autoFocus
          maxLength={12}
          value={pin}
          aria-invalid={error !== null}
          onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
        />
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="btn btn-primary" disabled={pin === '' || busy}>
        {busy ? t('admin.gate.submitting') : t('admin.gate.submit')}
      </button>
    </form>
  );
}
