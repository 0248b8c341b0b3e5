import { z } from 'zod';

// Control characters and markup have no place in a customer's name or notes; a leading
// = + - @ would turn into a formula when a manager opens an export in a spreadsheet.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const MARKUP = /[<>]/;
const FORMULA_START = /^[=+\-@]/;

/** A short single-line text typed by staff: trimmed, no control characters, markup or formula prefix. */
export function plainText(max: number) {
  return checkedText(max, CONTROL);
}

/** Notes may span lines, but carry no other control characters and no markup. */
export function noteText(max: number) {
  // eslint-disable-next-line no-control-regex
  return checkedText(max, /[\u0000-\u0009\u000b-\u001f\u007f]/);
}

// One check a string, not one a rule: a pulled page holds some 60,000 of these strings, and most
// are clean, so the rule broken is looked for only when one is.
function checkedText(max: number, control: RegExp) {
  const bad = new RegExp(`${control.source}|${MARKUP.source}|${FORMULA_START.source}`);
  return z
    .string()
    .trim()
    .max(max, { message: 'too-long' })
    .check((ctx) => {
      if (!bad.test(ctx.value)) return;
      const message = control.test(ctx.value)
        ? 'control-characters'
        : MARKUP.test(ctx.value)
          ? 'markup'
          : 'formula';
      ctx.issues.push({ code: 'custom', message, input: ctx.value });
    });
}
