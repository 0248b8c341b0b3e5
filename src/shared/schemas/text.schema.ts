import { z } from 'zod';

// Control characters and markup have no place in a customer's name or notes; a leading
// = + - @ would turn into a formula when a manager opens an export in a spreadsheet.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const MARKUP = /[<>]/;
const FORMULA_START = /^[=+\-@]/;

/** A short single-line text typed by staff: trimmed, no control characters, markup or formula prefix. */
export function plainText(max: number) {
  return z
    .string()
    .trim()
    .max(max, { message: 'too-long' })
    .refine((s) => !CONTROL.test(s), { message: 'control-characters' })
    .refine((s) => !MARKUP.test(s), { message: 'markup' })
    .refine((s) => !FORMULA_START.test(s), { message: 'formula' });
}

/** Notes may span lines, but carry no other control characters and no markup. */
export function noteText(max: number) {
  return (
    z
      .string()
      .trim()
      .max(max, { message: 'too-long' })
      // eslint-disable-next-line no-control-regex
      .refine((s) => !/[\u0000-\u0009\u000b-\u001f\u007f]/.test(s), { message: 'control-characters' })
      .refine((s) => !MARKUP.test(s), { message: 'markup' })
      .refine((s) => !FORMULA_START.test(s), { message: 'formula' })
  );
}
