import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordProblems, type PasswordProblem } from '../../../shared/domain/password-strength';
import type { SetupRequest } from '../../../shared/schemas/setup.schema';
import { useDirtyForm } from '../../state/use-dirty-form';
import { PinFields, pinReady } from '../admin/pin-fields';
import { DeviceNameField } from './device-name-field';

const RULES: readonly PasswordProblem[] = ['too-short', 'needs-letter', 'needs-digit', 'too-repetitive'];

export interface SetupFormProps {
  busy: boolean;
  error: { message: string; field?: string } | null;
  onSubmit: (request: SetupRequest) => void;
}

/**
 * Store name, owner, a password that passes the strength rule and the owner's PIN for the
 * tablet, each rule checked as it is typed. What she typed stays when the server refuses it.
 */
export function SetupForm({ busy, error, onSubmit }: SetupFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [storeName, setStoreName] = useState('');
  const [ownerName, setOwnerName] = useState('');
  const [password, setPassword] = useState('');
  const [ownerPin, setOwnerPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const [deviceName, setDeviceName] = useState(() => t('setup.deviceNameDefault'));
  useDirtyForm(storeName !== '' || ownerName !== '' || password !== '' || ownerPin !== '');

  const problems = passwordProblems(password);
  const ready =
    storeName.trim() !== '' &&
    ownerName.trim() !== '' &&
    deviceName.trim() !== '' &&
    problems.length === 0 &&
    pinReady(ownerPin, pinAgain);

  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (ready && !busy) onSubmit({ storeName, ownerName, password, ownerPin, deviceName });
  };

  return (
    <form onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-store`}>{t('setup.storeName')}</label>
        <input
          id={`${id}-store`}
          value={storeName}
          placeholder={t('setup.storeNamePlaceholder')}
          maxLength={60}
          required
          aria-invalid={error?.field === 'storeName'}
          onChange={(e) => setStoreName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-owner`}>{t('setup.ownerName')}</label>
        <input
          id={`${id}-owner`}
          value={ownerName}
          maxLength={40}
          required
          autoComplete="name"
          aria-invalid={error?.field === 'ownerName'}
          onChange={(e) => setOwnerName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('setup.password')}</label>
        <input
          id={`${id}-password`}
          type="password"
          value={password}
          required
          autoComplete="new-password"
          aria-describedby={`${id}-password-rules`}
          aria-invalid={error?.field === 'password'}
          onChange={(e) => setPassword(e.target.value)}
        />
        <ul id={`${id}-password-rules`} className="setup-problems" aria-label={t('setup.passwordHint')}>
          {RULES.map((rule) => (
            <li key={rule} data-ok={password !== '' && !problems.includes(rule)}>
              {t(`setup.problems.${rule}`)}
            </li>
          ))}
        </ul>
      </div>
      <PinFields
        label={t('setup.ownerPin')}
        againLabel={t('setup.ownerPinConfirm')}
        pin={ownerPin}
        again={pinAgain}
        onPin={setOwnerPin}
        onAgain={setPinAgain}
        invalid={error?.field === 'ownerPin'}
      />
      <p className="hint">{t('setup.ownerPinHint')}</p>
      <DeviceNameField value={deviceName} onChange={setDeviceName} invalid={error?.field === 'deviceName'} />
      {error && (
        <p className="error-text" role="alert">
          {error.message}
        </p>
      )}
      <button type="submit" className="btn btn-primary" disabled={!ready || busy}>
        {busy ? t('setup.submitting') : t('setup.submit')}
      </button>
    </form>
  );
}
