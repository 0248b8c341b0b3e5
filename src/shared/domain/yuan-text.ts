/**
 * Money as people type it, in yuan ("399", "399.5", "1,299.00", "¥12"), read into fen. Why a
 * text is not an amount is told apart, so a form or an import can say so in the user's words.
 */
export type YuanTextProblem = 'not-a-number' | 'negative' | 'decimals' | 'too-large';

export type YuanText = { ok: true; fen: number } | { ok: false; problem: YuanTextProblem };

/** Ten billion yuan less a fen: more than any store's day, and still exact in fen. */
const MAX_WHOLE_DIGITS = 10;

export function readYuan(text: string): YuanText {
  const clean = text.replace(/[,，\s¥￥]/g, '');
  if (/^-\d*(\.\d*)?$/.test(clean) && /\d/.test(clean)) return { ok: false, problem: 'negative' };
  if (!/^\d+(\.\d+)?$/.test(clean)) return { ok: false, problem: 'not-a-number' };
  const [whole = '', decimals = ''] = clean.split('.');
  if (decimals.length > 2) return { ok: false, problem: 'decimals' };
  if (whole.replace(/^0+(?=\d)/, '').length > MAX_WHOLE_DIGITS) return { ok: false, problem: 'too-large' };
  return { ok: true, fen: Number(whole) * 100 + Number(decimals.padEnd(2, '0')) };
}

export type CountTextProblem = 'not-a-number' | 'negative' | 'decimals' | 'too-large';

/** A whole count as typed ("1,204"): tickets, pieces, cards. */
export function readCount(
  text: string,
): { ok: true; count: number } | { ok: false; problem: CountTextProblem } {
  const clean = text.replace(/[,，\s]/g, '');
  if (/^-\d/.test(clean)) return { ok: false, problem: 'negative' };
  if (/^\d+\.\d+$/.test(clean)) return { ok: false, problem: 'decimals' };
  if (!/^\d+$/.test(clean)) return { ok: false, problem: 'not-a-number' };
  if (clean.replace(/^0+(?=\d)/, '').length > 9) return { ok: false, problem: 'too-large' };
  return { ok: true, count: Number(clean) };
}
