import { useId } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { pinProblems, type PinProblem } from '../../../shared/domain/pin-rules';
import './admin.css';

type Rule = 'length' | 'repeated' | 'run' | 'pattern' | 'common';
const LENGTH: readonly PinProblem[] = ['not-digits', 'too-short', 'too-long'];
const RULES: readonly Rule[] = ['length', 'repeated', 'run', 'pattern', 'common'];

/** A new PIN is ready when it passes every rule and was typed the same twice. */
export function pinReady(pin: string, again: string): boolean {
  return pinProblems(pin).length === 0 && pin === again;
}

/** Each rule as it stands for what is typed so far: met, broken, or not yet decidable. */
function ruleState(rule: Rule, pin: string, problems: readonly PinProblem[]): 'ok' | 'bad' | 'open' {
  if (pin === '') return 'open';
  const lengthOk = !problems.some((p) => LENGTH.includes(p));
  if (rule === 'length') return lengthOk ? 'ok' : problems.includes('too-long') ? 'bad' : 'open';
  if (!lengthOk) return 'open';
  return problems.includes(rule) ? 'bad' : 'ok';
}

export interface PinFieldsProps {
  label: string;
  againLabel: string;
  pin: string;
  again: string;
  onPin: (pin: string) => void;
  onAgain: (again: string) => void;
  /** The server refused the PIN (422 weak-pin). */
  invalid?: boolean;
}

/**
 * A new PIN and the same again, on the numeric keyboard, with the rules of `pinProblems` shown
 * as they are met. Only digits are kept as typed.
 */
export function PinFields({ label, againLabel, pin, again, onPin, onAgain, invalid }: PinFieldsProps) {
  const { t } = useAdminTranslation();
  const id = useId();
  const problems = pinProblems(pin);
  const mismatch = again !== '' && again !== pin && again.length >= pin.length;
  const digits = (v: string) => v.replace(/\D/g, '').slice(0, 12);
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-pin`}>{label}</label>
        <input
          id={`${id}-pin`}
          className="pin-input"
          type="password"
          inputMode="numeric"
          pattern="[0-9]*"
          autoComplete="new-password"
          maxLength={12}
          value={pin}
          aria-describedby={`${id}-rules`}
          aria-invalid={invalid === true || RULES.some((r) => ruleState(r, pin, problems) === 'bad')}
          onChange={(e) => onPin(digits(e.target.value))}
        />
        <ul id={`${id}-rules`} className="pin-rules" aria-label={t('admin.pin.rulesLabel')}>
          {RULES.map((rule) => (
            <li key={rule} data-state={ruleState(rule, pin, problems)}>
              {t(`admin.pin.rules.${rule}`)}
            </li>
          ))}
        </ul>
      </div>
      <div className="field">
        <label htmlFor={`${id}-again`}>{againLabel}</label>
        <input
          id={`${id}-again`}
          className="pin-input"
          type="password"
          inputMode="numeric"
          pattern="[0-9]*"
          autoComplete="new-password"
          maxLength={12}
          value={again}
          aria-invalid={mismatch}
          aria-describedby={mismatch ? `${id}-mismatch` : undefined}
          onChange={(e) => onAgain(digits(e.target.value))}
        />
        {mismatch && (
          <p id={`${id}-mismatch`} className="error-text">
            {t('admin.pin.mismatch')}
          </p>
        )}
      </div>
    </>
  );
}
