import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** What this tablet is called in the owner's device list: asked the same way by every enrolment. */
export function DeviceNameField({
  value,
  onChange,
  invalid = false,
}: {
  value: string;
  onChange: (name: string) => void;
  /** The server refused the name. */
  invalid?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{t('setup.deviceName')}</label>
      <input
        id={id}
        value={value}
        maxLength={40}
        required
        aria-invalid={invalid}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}
