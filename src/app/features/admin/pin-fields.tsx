import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { MAX_PIN_LENGTH, pinProblems, type PinProblem } from '../../../shared/domain/pin-rules';
import { TextField } from '../../ui/form/text-field';
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

// Only digits are kept as typed, and no more of them than a PIN may have.
const digits = (typed: string) => typed.replace(/\D/g, '').slice(0, MAX_PIN_LENGTH);

const PIN_INPUT = {
  inputClassName: 'pin-input',
  type: 'password',
  inputMode: 'numeric',
  pattern: '[0-9]*',
  autoComplete: 'new-password',
  normalise: digits,
} as const;

export interface PinFieldsProps {
  /** The names of the PIN and of the same again in the surrounding `SchemaForm`. */
  name: string;
  againName: string;
  label: string;
  againLabel: string;
}

/**
 * A new PIN and the same again, on the numeric keyboard, with the rules of `pinProblems` shown
 * as they are met. A refusal of the server lands beside the PIN.
 */
export function PinFields({ name, againName, label, againLabel }: PinFieldsProps) {
  const { t } = useAdminTranslation();
  const id = useId();
  const [pin = '', again = ''] = useWatch({ name: [name, againName] }) as [string?, string?];
  const problems = pinProblems(pin);
  const mismatch = again !== '' && again !== pin && again.length >= pin.length;
  return (
    <>
      <TextField
        {...PIN_INPUT}
        name={name}
        label={label}
        describedById={`${id}-rules`}
        invalid={RULES.some((r) => ruleState(r, pin, problems) === 'bad')}
      >
        <ul id={`${id}-rules`} className="pin-rules" aria-label={t('admin.pin.rulesLabel')}>
          {RULES.map((rule) => (
            <li key={rule} data-state={ruleState(rule, pin, problems)}>
              {t(`admin.pin.rules.${rule}`)}
            </li>
          ))}
        </ul>
      </TextField>
      <TextField
        {...PIN_INPUT}
        name={againName}
        label={againLabel}
        invalid={mismatch}
        {...(mismatch && { describedById: `${id}-mismatch` })}
      >
        {mismatch && (
          <p id={`${id}-mismatch`} className="error-text">
            {t('admin.pin.mismatch')}
          </p>
        )}
      </TextField>
    </>
  );
}
