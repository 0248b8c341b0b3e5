/*
 * Spreadsheet formula injection (OWASP "CSV injection"): a cell starting with = + - @, or with a
 * tab or carriage return that some spreadsheets skip before one, runs as a formula when a manager
 * opens the file. One rule for both ways across the border:
 *  - out (exports): a leading apostrophe, which spreadsheets read as "this is text" and hide;
 *  - in (imports): the leading characters are dropped, as a name or note never starts with them
 *    and the member schema refuses a formula prefix (text.schema.ts). An apostrophe would show on
 *    every tablet.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const FORMULA_PREFIX = /^[=+\-@\t\r\s]+/;

export function neutraliseFormula(value: string, way: 'in' | 'out'): string {
  if (!FORMULA_START.test(value)) return value;
  return way === 'out' ? `'${value}` : value.replace(FORMULA_PREFIX, '');
}
