import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { passwordProblems, type PasswordProblem } from '../../../shared/domain/password-strength';
import { TextField } from '../../ui/form/text-field';
import './admin.css';

const RULES: readonly PasswordProblem[] = ['too-short', 'needs-letter', 'needs-digit', 'too-repetitive'];

/** Whether a new password passes every rule of `passwordProblems`. */
export const passwordReady = (password: string) => passwordProblems(password).length === 0;

/** A new password, with the rules of `passwordProblems` shown as they are met, as the PIN's are. */
export function NewPasswordField({
  name,
  label,
  rulesLabel,
}: {
  name: string;
  label: string;
  rulesLabel: string;
}) {
  const { t } = useAdminTranslation();
  const id = useId();
  const password = (useWatch({ name }) as string | undefined) ?? '';
  const problems = passwordProblems(password);
  return (
    <TextField
      name={name}
      label={label}
      type="password"
      autoComplete="new-password"
      describedById={`${id}-rules`}
    >
      <ul id={`${id}-rules`} className="pin-rules" aria-label={rulesLabel}>
        {RULES.map((rule) => (
          <li key={rule} data-state={password === '' ? 'open' : problems.includes(rule) ? 'bad' : 'ok'}>
            {t(`setup.problems.${rule}`)}
          </li>
        ))}
      </ul>
    </TextField>
  );
}
