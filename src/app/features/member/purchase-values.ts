import { z } from 'zod';
import type { MemberFields } from '../../../shared/schemas/member.schema';
import { PurchaseEvent, PurchaseItem } from '../../../shared/schemas/event.schema';
import { emptyAs } from '../../ui/form/empty-as';
import { parseYuan } from './money';

const Item = PurchaseItem.shape;
const Payload = PurchaseEvent.shape.payload.shape;

/** One item as the till form holds it: the price as typed in yuan, checked as fen. */
const LineValues = z.object({
  styleNo: Item.styleNo,
  category: Item.category,
  size: Item.size,
  quantity: Item.quantity,
  price: z
    .string()
    .transform((typed) => parseYuan(typed) ?? Number.NaN)
    .pipe(Item.unitPrice),
});

/** A purchase as the till form holds it, checked by the purchase event's own rules. */
export const PurchaseValues = z.object({
  lines: z.array(LineValues),
  liked: emptyAs(undefined)(Payload.liked),
});
export type PurchaseLine = z.input<typeof LineValues>;

/** A new item: a top, in her size for tops if she has one. */
export const blankLine = (sizes: MemberFields['sizes']): PurchaseLine => ({
  styleNo: '',
  category: 'tops',
  size: sizes.tops ?? '',
  quantity: 1,
  price: '',
});
