export const MIN_PIN_LENGTH = 6;
export const MAX_PIN_LENGTH = 12;

export type PinProblem = 'not-digits' | 'too-short' | 'too-long' | 'repeated' | 'run' | 'pattern' | 'common';

// PINs people pick first, beyond runs and repeats: dates, keypad shapes, "love" numbers.
const COMMON = new Set([
  '520520',
  '521521',
  '131420',
  '201314',
  '147258',
  '258369',
  '147369',
  '159357',
  '753951',
  '852456',
  '112233',
  '123321',
  '654456',
  '199001',
  '200001',
  '168168',
  '518518',
  '888666',
  '666888',
  '520131',
]);

/**
 * Whether a staff PIN is hard enough to guess on a shared tablet: 6 to 12 digits, not one digit
 * repeated (000000), not a run up or down (123456, 987654), not a pair or triple repeated
 * (121212, 123123), not on the short list of PINs people pick first.
 */
export function pinProblems(pin: string): PinProblem[] {
  if (!/^\d*$/.test(pin)) return ['not-digits'];
  if (pin.length < MIN_PIN_LENGTH) return ['too-short'];
  if (pin.length > MAX_PIN_LENGTH) return ['too-long'];
  const problems: PinProblem[] = [];
  if (new Set(pin).size === 1) problems.push('repeated');
  else if (isRun(pin, 1) || isRun(pin, -1)) problems.push('run');
  else if (repeatsEvery(pin, 2) || repeatsEvery(pin, 3)) problems.push('pattern');
  if (COMMON.has(pin)) problems.push('common');
  return problems;
}

function isRun(pin: string, step: 1 | -1): boolean {
  for (let i = 1; i < pin.length; i++)
    if ((Number(pin[i - 1]) + step + 10) % 10 !== Number(pin[i])) return false;
  return true;
}

function repeatsEvery(pin: string, period: number): boolean {
  for (let i = period; i < pin.length; i++) if (pin[i] !== pin[i - period]) return false;
  return true;
}
