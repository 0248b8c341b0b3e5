// The manager's formulas (docs/domain.md, seed 004). Money in fen. Amounts are rounded to the nearest
// fen (halves up); rates are left unrounded for the screen to format; counts of cards to open are
// rounded up, since a target of 2.1 cards is met only by opening 3.

export { deadCardRate } from '../dormancy';

const fen = (x: number) => Math.round(x);

/** 客单价 = sales / tickets; 0 with no tickets. */
export const averageTicket = (sales: number, tickets: number): number =>
  tickets === 0 ? 0 : fen(sales / tickets);

/** 连带率 = pieces / tickets (pieces per ticket); 0 with no tickets. */
export const attachRate = (pieces: number, tickets: number): number => (tickets === 0 ? 0 : pieces / tickets);

/** 平均单价 = sales / pieces; 0 with no pieces. */
export const averageUnitPrice = (sales: number, pieces: number): number =>
  pieces === 0 ? 0 : fen(sales / pieces);

/**
 * 开卡门槛: the base line is average unit price × attach rate (what one ticket usually comes to);
 * the threshold is that × (1 + ideal growth), growth usually 0.15–0.30.
 */
export const cardOpeningThreshold = (averageUnitPrice: number, attachRate: number, growth: number): number =>
  fen(averageUnitPrice * attachRate * (1 + growth));

/** A tier's threshold: the tier's average price (amount / quantity) × (1 + ideal growth). */
export const tierThreshold = (tierAveragePrice: number, growth: number): number =>
  fen(tierAveragePrice * (1 + growth));

/**
 * Daily VIP sales target = daily sales × (last period's VIP share + growth points), shares as
 * fractions: ¥10,000 a day, 40 % last period, 10 points more → ¥10,000 × 0.5 = ¥5,000.
 */
export const dailyVipTarget = (
  dailySales: number,
  vipShareLastPeriod: number,
  growthPoints: number,
): number => fen(dailySales * (vipShareLastPeriod + growthPoints));

/**
 * 开卡目标 = sales × new-VIP share / average ticket: the number of new cards to open, rounded up.
 * Binary fractions make 0.07 × 100 come out as 7.000000000000001, so the quotient is first
 * rounded to a millionth, lest that open an eighth card.
 */
export const newCardTarget = (sales: number, newVipShare: number, averageTicket: number): number =>
  averageTicket === 0 ? 0 : Math.ceil(Math.round(((sales * newVipShare) / averageTicket) * 1e6) / 1e6);

/** The VIPs' share of all sales, 0..1; 0 with no sales. */
export const vipShare = (vipSales: number, allSales: number): number =>
  allSales === 0 ? 0 : vipSales / allSales;
