import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrolByCode } from '../../../shared/schemas/security.schema';
import { DeviceNameField } from './device-name-field';

const CODE_LENGTH = 8;

/** A code as typed: upper case, letters and digits only, so "ab12 cd34" becomes "AB12CD34". */
export function normaliseCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .slice(0, CODE_LENGTH);
}

export interface EnrolCodeFormProps {
  busy: boolean;
  error: { message: string; field?: string; code?: string } | null;
  onSubmit: (request: EnrolByCode) => void;
}

/** The 8-character code a manager made on an enrolled tablet, and a name for this one. */
export function EnrolCodeForm({ busy, error, onSubmit }: EnrolCodeFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [code, setCode] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const ready = code.length === CODE_LENGTH && deviceName.trim() !== '';

  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (ready && !busy) onSubmit({ code, deviceName: deviceName.trim() });
  };

  return (
    <form onSubmit={submit} noValidate>
      <p className="hint">{t('enrol.codeLead')}</p>
      <div className="field">
        <label htmlFor={`${id}-code`}>{t('enrol.code')}</label>
        <input
          id={`${id}-code`}
          className="enrol-code-input"
          value={code}
          autoComplete="off"
          autoCapitalize="characters"
          autoCorrect="off"
          spellCheck={false}
          aria-describedby={`${id}-code-hint`}
          aria-invalid={error?.field === 'code' || error?.code === 'enrol-code-invalid'}
          onChange={(e) => setCode(normaliseCode(e.target.value))}
        />
        <p id={`${id}-code-hint`} className="hint">
          {t('enrol.codeHint')}
        </p>
      </div>
      <DeviceNameField value={deviceName} onChange={setDeviceName} invalid={error?.field === 'deviceName'} />
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
