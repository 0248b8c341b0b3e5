import { readYuan } from '../../../shared/domain/yuan-text';

/** ¥1,234.00 from fen, as the till prints it. */
export function formatYuan(fen: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-US' : 'zh-CN', {
    style: 'currency',
    currency: 'CNY',
    // en-US would print CN¥; the till and the staff write ¥ in either language.
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 2,
  }).format(fen / 100);
}

/** Fen from what staff type as yuan ("399", "399.5", "1,299.00"); null when it is not a price. */
export function parseYuan(text: string): number | null {
  const read = readYuan(text);
  return read.ok && read.fen < 1_000_000_000 ? read.fen : null;
}
