export const MIN_PASSWORD_LENGTH = 10;

export type PasswordProblem = 'too-short' | 'needs-letter' | 'needs-digit' | 'too-repetitive';

/**
 * The owner password guards the whole store, so it must resist guessing: at least ten
 * characters, letters and digits, and not one character over and over.
 */
export function passwordProblems(password: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (Array.from(password).length < MIN_PASSWORD_LENGTH) problems.push('too-short');
  if (!/\p{L}/u.test(password)) problems.push('needs-letter');
  if (!/\p{Nd}/u.test(password)) problems.push('needs-digit');
  if (new Set(password).size < 4) problems.push('too-repetitive');
  return problems;
}
