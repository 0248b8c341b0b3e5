/**
 * Mainland mobile numbers as staff type them: with spaces or dashes, a +86 or 0086
 * prefix, or full-width digits from a Chinese input method. Normalised to 11 digits.
 */
export function normalisePhone(input: string): string | null {
  const halfWidth = input.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const plus = halfWidth.replace(/\uff0b/g, '+');
  if (/[^\d\s+\-().]/.test(plus)) return null;
  let digits = plus.replace(/\D/g, '');
  if (plus.trim().startsWith('+86') || (digits.length === 13 && digits.startsWith('86')))
    digits = digits.slice(2);
  else if (digits.length === 15 && digits.startsWith('0086')) digits = digits.slice(4);
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

/** The last four digits: what an associate asks for when she cannot recall a name. */
export function phoneTail(phone: string): string {
  return phone.slice(-4);
}

/** Shown on screen unless revealed: 138****5678. */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '****';
}
