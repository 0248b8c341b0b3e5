import { useTranslation } from 'react-i18next';
import { MAX_PIN_LENGTH, MIN_PIN_LENGTH } from '../../../shared/domain/pin-rules';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * Masked dots and a number pad with keys a thumb hits (72 px). The digits themselves are never
 * shown or kept anywhere but the entry's state.
 */
export function PinPad({
  typed,
  disabled,
  onDigit,
  onBackspace,
  onSubmit,
}: {
  typed: number;
  disabled: boolean;
  onDigit: (d: string) => void;
  onBackspace: () => void;
  onSubmit: () => void;
}) {
  const { t } = useTranslation();
  const slots = Math.max(MIN_PIN_LENGTH, typed);
  const full = typed >= MAX_PIN_LENGTH;
  return (
    <div className="pin-pad-wrap">
      <div className="pin-dots" aria-hidden="true">
        {Array.from({ length: slots }, (_, i) => (
          <span key={i} className="pin-dot" data-filled={i < typed} />
        ))}
      </div>
      <p className="sr-only" role="status">
        {t('access.pin.typed', { count: typed })}
      </p>
      <div className="pin-pad" role="group" aria-label={t('access.pin.padLabel')}>
        {DIGITS.map((d) => (
          <button
            key={d}
            type="button"
            className="pin-key"
            disabled={disabled || full}
            onClick={() => onDigit(d)}
          >
            {d}
          </button>
        ))}
        <button
          type="button"
          className="pin-key pin-key-side"
          disabled={disabled || typed === 0}
          onClick={onBackspace}
          aria-label={t('access.pin.backspace')}
        >
          <span aria-hidden="true">⌫</span>
        </button>
        <button type="button" className="pin-key" disabled={disabled || full} onClick={() => onDigit('0')}>
          0
        </button>
        <button
          type="button"
          className="pin-key pin-key-submit"
          disabled={disabled || typed < MIN_PIN_LENGTH}
          onClick={onSubmit}
        >
          {t('access.pin.submit')}
        </button>
      </div>
    </div>
  );
}
