import type { MemberEvent } from '../../shared/schemas/event.schema';
import type { StoreSummary } from '../../shared/schemas/chain.schema';
import type { StoreId } from '../../shared/schemas/ids.schema';
import { liveEvents } from '../../shared/domain/programme/live-events';
import type { StoreCounts, StoreEvent } from '../repositories/chain.repository';
import { storeVipProgress } from './store-vip-progress';

/** The window head office's figures cover: 30 × 24 h before the server's now. */
export const CHAIN_WINDOW_MS = 30 * 86_400_000;

/**
 * Each store's counts with its purchases since `since` added up, and its VIP sales today and
 * this month to date against its targets, voided ones left out by the
 * same rule the floor's summaries use.
 */
export function summariseStores(
  counts: readonly StoreCounts[],
  events: readonly StoreEvent[],
  window: {
    since: number;
    now: number;
    timeZoneOf: (storeId: string) => string;
    /** VIP-sales targets by store, then by day key. */
    targets: ReadonlyMap<string, ReadonlyMap<string, number>>;
  },
): StoreSummary[] {
  const { since } = window;
  const byStore = new Map<string, MemberEvent[]>();
  for (const row of events) {
    const list = byStore.get(row.storeId) ?? [];
    list.push(row.event);
    byStore.set(row.storeId, list);
  }
  return counts.map((c) => {
    const vip = storeVipProgress({
      events: byStore.get(c.id) ?? [],
      timeZone: window.timeZoneOf(c.id),
      now: window.now,
      targets: window.targets.get(c.id) ?? new Map(),
    });
    let purchases = 0;
    let sales = 0;
    for (const e of liveEvents(byStore.get(c.id) ?? []))
      if (e.kind === 'purchase' && e.at > since) {
        purchases += 1;
        sales += e.payload.total;
      }
    return {
      id: c.id as StoreId,
      name: c.name,
      createdAt: c.createdAt,
      members: c.members,
      newMembers30d: c.newMembers,
      purchases30d: purchases,
      sales30d: sales,
      devices: c.devices,
      lastContactAt: c.lastContactAt,
      vipToday: vip.today,
      vipMonthToDate: vip.monthToDate,
    };
  });
}
