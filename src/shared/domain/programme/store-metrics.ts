// The manager's formulas (DOMAIN.md, seed 004). Money in fen; results rounded half up to whole fen.

const fen = (x: number) => Math.round(x);

/** 客单价 = sales / tickets. */
export const averageTicket = (sales: number, tickets: number): number =>
  tickets === 0 ? 0 : fen(sales / tickets);

/** 连带率 = pieces / tickets. */
export const attachRate = (pieces: number, tickets: number): number => (tickets === 0 ? 0 : pieces / tickets);

/** 平均单价 = sales / pieces. */
export const averageUnitPrice = (sales: number, pieces: number): number =>
  pieces === 0 ? 0 : fen(sales / pieces);

/** 开卡门槛 = average unit price × attach rate × (1 + growth); growth usually 0.15–0.30. */
export const cardOpeningThreshold = (unitPrice: number, rate: number, growth: number): number =>
  fen(unitPrice * rate * (1 + growth));

/** A tier's threshold: its average price × (1 + growth). */
export const tierThreshold = (tierAveragePrice: number, growth: number): number =>
  fen(tierAveragePrice * (1 + growth));

/** Daily VIP sales target = daily sales × (last period's VIP share + growth points), e.g. 10,000 × (40 % + 10 %). */
export const dailyVipTarget = (dailySales: number, vipShare: number, growthPoints: number): number =>
  fen(dailySales * (vipShare + growthPoints));

/** 开卡目标 = sales × new-VIP share / average ticket: the number of new cards to open. */
export const newCardTarget = (sales: number, newVipShare: number, ticket: number): number =>
  ticket === 0 ? 0 : Math.ceil((sales * newVipShare) / ticket);

/** The VIPs' share of all sales, 0..1. */
export const vipShare = (vipSales: number, allSales: number): number =>
  allSales === 0 ? 0 : vipSales / allSales;
