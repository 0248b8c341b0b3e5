import { useId, useState, type SyntheticEvent } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import type { StaffRole } from '../../../shared/schemas/setup.schema';
import { addStaff } from '../../api/staff.api';
import { useDirtyForm } from '../../state/use-dirty-form';
import { formError, type FormError } from '../admin/error-text';
import { PinFields, pinReady } from '../admin/pin-fields';
import { useAdminCall } from '../admin/use-admin-api';

const ROLES: readonly StaffRole[] = ['associate', 'manager', 'owner'];

export interface AddStaffFormProps {
  onAdded: (message: string) => void;
  onClose: () => void;
}

/** Owner: a new staff member, her role and her first PIN. Nothing typed is lost on a refusal. */
export function AddStaffForm({ onAdded, onClose }: AddStaffFormProps) {
  const { t } = useAdminTranslation();
  const id = useId();
  const run = useAdminCall();
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>('associate');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  useDirtyForm(name !== '' || pin !== '');
  const ready = name.trim() !== '' && pinReady(pin, again);

  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (!ready || busy) return;
    setBusy(true);
    setError(null);
    void run((auth) => addStaff(auth, { name: name.trim(), role, pin })).then((r) => {
      setBusy(false);
      if (r.ok) {
        onAdded(t('admin.staff.add.done', { name: name.trim() }));
        setName('');
        setPin('');
        setAgain('');
        setRole('associate');
      } else {
        setError(formError(t, r));
      }
    });
  };

  return (
    <form className="admin-inline-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('admin.staff.add.title')}</h3>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('admin.staff.add.name')}</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={40}
          autoComplete="off"
          aria-invalid={error?.field === 'name'}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('admin.staff.add.role')}</label>
        <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as StaffRole)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <PinFields
        label={t('admin.staff.add.pin')}
        againLabel={t('admin.pin.confirm')}
        pin={pin}
        again={again}
        onPin={setPin}
        onAgain={setAgain}
        invalid={error?.field === 'pin'}
      />
      <p className="hint">{t('admin.staff.add.hint')}</p>
      {error && (
        <p className="error-text" role="alert">
          {error.message}
        </p>
      )}
      <div className="admin-actions">
        <button type="submit" className="btn btn-primary" disabled={!ready || busy}>
          {busy ? t('admin.staff.add.submitting') : t('admin.staff.add.submit')}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </form>
  );
}
