import type { DayTargetFields } from './targets';
import { readCount, readYuan, type YuanTextProblem } from './yuan-text';

/** Why a typed target is refused: the yuan reader's reasons, or a share above 100 %. */
export type TargetProblem = YuanTextProblem | 'required' | 'share';

export interface TargetText {
  vipSales: string;
  vipShare: string;
  newCards: string;
  vipVisits: string;
  followUps: string;
}

export type TargetCheck =
  | { ok: true; target: DayTargetFields }
  | { ok: false; problems: Partial<Record<keyof TargetText, TargetProblem>> };

/**
 * A number typed with up to two decimals, times 100: yuan into fen, a percentage into basis
 * points (50.5 % = 5,050), the same reading as money.
 */
export const readHundredths = readYuan;

/** Targets as typed: VIP sales in yuan, the VIP share in percent (two decimals), counts whole. */
export function checkTargets(text: TargetText): TargetCheck {
  const problems: Partial<Record<keyof TargetText, TargetProblem>> = {};
  const hundredths = (field: keyof TargetText, max: number, overMax: TargetProblem) => {
    if (text[field].trim() === '') return void (problems[field] = 'required');
    const read = readHundredths(text[field]);
    if (!read.ok) return void (problems[field] = read.problem);
    if (read.fen > max) return void (problems[field] = overMax);
    return read.fen;
  };
  const count = (field: keyof TargetText) => {
    if (text[field].trim() === '') return void (problems[field] = 'required');
    const read = readCount(text[field]);
    if (!read.ok) return void (problems[field] = read.problem);
    return read.count;
  };
  const vipSalesFen = hundredths('vipSales', Number.MAX_SAFE_INTEGER, 'too-large');
  const vipShareBp = hundredths('vipShare', 10_000, 'share');
  const newCards = count('newCards');
  const vipVisits = count('vipVisits');
  const followUps = count('followUps');
  if (
    vipSalesFen === undefined ||
    vipShareBp === undefined ||
    newCards === undefined ||
    vipVisits === undefined ||
    followUps === undefined
  )
    return { ok: false, problems };
  return { ok: true, target: { vipSalesFen, vipShareBp, newCards, vipVisits, followUps } };
}
