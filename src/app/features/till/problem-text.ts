import type { TFunction } from 'i18next';
import type { tillZhCN } from '../../i18n/till.zh-CN';

/** Why a figure, day, month or target was refused, as a sentence in the user's language. */
export const problemText = (t: TFunction, problem: keyof typeof tillZhCN.problem): string =>
  t(`admin.till.problem.${problem}`);
