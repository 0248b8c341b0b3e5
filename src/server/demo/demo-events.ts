import type { MemberEvent, PurchaseItem } from '../../shared/schemas/event.schema';
import type { MemberFields, SizeCategory } from '../../shared/schemas/member.schema';
import type { EventId, MemberId, StaffId } from '../../shared/schemas/ids.schema';
import { purchaseTotal } from '../../shared/domain/purchase-total';
import type { Random } from './random';

const DAY = 86_400_000;
const CATEGORIES: readonly SizeCategory[] = [
  'tops',
  'bottoms',
  'dresses',
  'shoes',
  'outerwear',
  'accessories',
];
const PRICE_YUAN: Record<SizeCategory, [number, number]> = {
  tops: [399, 1899],
  bottoms: [499, 1599],
  dresses: [899, 3999],
  shoes: [699, 2599],
  outerwear: [1299, 6999],
  accessories: [199, 1299],
};

export interface DemoEventContext {
  memberId: MemberId;
  fields: MemberFields;
  staffIds: readonly StaffId[];
  /** When the member signed up; no event is older. */
  since: number;
  now: number;
  newId: () => EventId;
}

function item(r: Random, fields: MemberFields): PurchaseItem {
  const category = r.pick(CATEGORIES);
  const [lo, hi] = PRICE_YUAN[category];
  const promotion = r.chance(0.25);
  const yuan = Math.round(r.int(lo, hi) / 10) * 10 - 1;
  return {
    styleNo: `${r.pick(['SS', 'FW'])}${r.int(24, 26)}-${String(r.int(1, 480)).padStart(4, '0')}`,
    category,
    size: fields.sizes[category] ?? (category === 'accessories' ? 'F' : 'M'),
    quantity: r.chance(0.85) ? 1 : r.int(2, 3),
    unitPrice: (promotion ? Math.round(yuan * 0.7) : yuan) * 100,
    ...(promotion ? { promotion: true } : {}),
    ...(r.chance(0.3) ? { newArrival: true } : {}),
  };
}

/**
 * Twelve months of a member's life with the store. How often she comes follows the
 * 80/20 rule: a few come monthly, most a handful of times a year, some once and never again.
 * Most purchases get their follow-up within the week, a few are still owed.
 */
export function demoEvents(r: Random, c: DemoEventContext): MemberEvent[] {
  const events: MemberEvent[] = [];
  const heavy = r.chance(0.18);
  const visits = heavy ? r.int(8, 20) : r.chance(0.2) ? r.int(0, 1) : r.int(1, 6);
  const owner = c.fields.ownerStaffId ?? r.pick(c.staffIds);
  for (let i = 0; i < visits; i++) {
    const at = r.int(c.since, c.now - 3_600_000);
    const staffId = r.chance(0.8) ? owner : r.pick(c.staffIds);
    if (r.chance(0.7)) {
      const items = Array.from({ length: r.chance(0.6) ? 1 : r.int(2, 4) }, () => item(r, c.fields));
      const total = purchaseTotal(items);
      const purchaseId = c.newId();
      events.push({
        id: purchaseId,
        memberId: c.memberId,
        staffId,
        at,
        kind: 'purchase',
        payload: { items, total, ...(r.chance(0.3) ? { liked: '喜欢这季的面料' } : {}) },
      });
      const followUpAt = at + r.int(1, 6) * DAY;
      if (followUpAt < c.now && r.chance(0.85)) {
        events.push({
          id: c.newId(),
          memberId: c.memberId,
          staffId: owner,
          at: followUpAt,
          kind: 'contact',
          payload: {
            channel: r.pick(['wechat', 'phone', 'sms'] as const),
            purpose: 'follow-up',
            followsUp: purchaseId,
            satisfaction: r.int(3, 5),
            notes: r.pick(['洗护方法已告知', '搭配建议已发', '对尺码满意', '想看同款其他颜色']),
          },
        });
      }
    } else {
      events.push({
        id: c.newId(),
        memberId: c.memberId,
        staffId,
        at,
        kind: 'visit',
        payload: r.chance(0.5) ? { liked: '试了新款风衣' } : {},
      });
    }
  }
  return events;
}
