import { useTranslation } from 'react-i18next';

/**
 * Her number in the edit form. Masked for an associate until she reveals it, which goes through
 * the same audited reveal as on the profile: an edit form must not be a way round the mask.
 */
export function PhoneEditField({
  value,
  masked,
  onChange,
  onReveal,
  error,
  errorId,
}: {
  value: string | null;
  /** Her number as an associate sees it: 187****0164. */
  masked: string;
  onChange: (phone: string) => void;
  onReveal: () => void;
  error: string | null;
  errorId: string;
}) {
  const { t } = useTranslation();
  if (value === null)
    return (
      <div className="form-field">
        <span className="field-label">{t('member.fields.phone')}</span>
        <span className="masked-phone">
          {masked}{' '}
          <button type="button" className="btn" onClick={onReveal}>
            {t('member.revealToEdit')}
          </button>
        </span>
      </div>
    );
  return (
    <div className="form-field">
      <label>
        {t('member.fields.phone')}
        <input
          type="tel"
          inputMode="tel"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          {...(error !== null && { 'aria-invalid': true, 'aria-describedby': errorId })}
        />
      </label>
      {error !== null && (
        <span id={errorId} className="error-text">
          {error}
        </span>
      )}
    </div>
  );
}
