const locale = (language: string) => (language === 'en' ? 'en-US' : 'zh-CN');

/** ¥5,000 from fen: whole yuan on the counter's big figures, fen only when there are some. */
export function yuan(fen: number, language: string): string {
  return new Intl.NumberFormat(locale(language), {
    style: 'currency',
    currency: 'CNY',
    // en-US would print CN¥; the store's staff read ¥ in either language.
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: fen % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(fen / 100);
}

/** 50 % from 0.5; whole percents, one decimal below 10 %. */
export function percent(fraction: number, language: string): string {
  return new Intl.NumberFormat(locale(language), {
    style: 'percent',
    maximumFractionDigits: Math.abs(fraction) < 0.1 && fraction !== 0 ? 1 : 0,
  }).format(fraction);
}

export function decimal(x: number, language: string): string {
  return new Intl.NumberFormat(locale(language), { maximumFractionDigits: 1 }).format(x);
}

export function count(x: number, language: string): string {
  return new Intl.NumberFormat(locale(language)).format(x);
}

/** 12月5日 / Dec 5: a day of this year or last, short enough for a table's heading. */
export function shortDay(day: { year: number; month: number; day: number }, language: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(day.year, day.month - 1, day.day));
}
