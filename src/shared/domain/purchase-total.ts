import type { PurchaseItem } from '../schemas/event.schema';

/**
 * A purchase's total in fen: quantity × unit price, summed over its items (docs/domain.md). The
 * tablet stores it with the purchase and the server refuses a purchase whose total says otherwise,
 * so both must reach the same figure: whole fen in, whole fen out, nothing rounded.
 */
export function purchaseTotal(items: readonly Pick<PurchaseItem, 'quantity' | 'unitPrice'>[]): number {
  let total = 0;
  for (const item of items) total += item.quantity * item.unitPrice;
  return total;
}
