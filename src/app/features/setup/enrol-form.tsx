import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrolRequest } from '../../../shared/schemas/setup.schema';
import { DeviceNameField } from './device-name-field';

export interface EnrolFormProps {
  busy: boolean;
  error: { message: string } | null;
  onSubmit: (request: EnrolRequest) => void;
}

/**
 * A manager or the owner signs in on this tablet with name and password to enrol it into the
 * store; she is signed in on it afterwards.
 */
export function EnrolForm({ busy, error, onSubmit }: EnrolFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [staffName, setStaffName] = useState('');
  const [password, setPassword] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const ready = staffName.trim() !== '' && password !== '' && deviceName.trim() !== '';

  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (ready && !busy) onSubmit({ staffName, password, deviceName });
  };

  return (
    <form onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('enrol.staffName')}</label>
        <input
          id={`${id}-name`}
          value={staffName}
          maxLength={40}
          onChange={(e) => setStaffName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('enrol.password')}</label>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </div>
      <DeviceNameField value={deviceName} onChange={setDeviceName} />
      {error && (
        <p className="error-text" role="alert">
          {error.message}
        </p>
      )}
      <button type="submit" className="btn btn-primary" disabled={!ready || busy}>
        {busy ? t('enrol.submitting') : t('enrol.submit')}
      </button>
    </form>
  );
}
