import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { MemberEvent } from '../../shared/schemas/event.schema';
import { atomic } from '../db/transaction';
import { insertStoreWithOwner, type NewStore } from './store.repository';
import { readStoredOrNull } from './stored-json';
import { z } from 'zod';
import { StoreSettingsRecord } from '../../shared/schemas/store-settings.schema';
import { DayTargetFields } from '../../shared/schemas/targets.schema';

/** Of a stored day target, head office reads the VIP-sales target alone. */
const StoredVipSalesTarget = z.object({
  key: z.string(),
  fields: z.object({ vipSalesFen: DayTargetFields.shape.vipSalesFen.optional() }),
});

/** Counts of one store, as the SQL gives them; sales are summed from the event bodies in TypeScript. */
export interface StoreCounts {
  id: string;
  name: string;
  createdAt: number;
  members: number;
  newMembers: number;
  devices: number;
  lastContactAt: number | null;
}

export interface StoreEvent {
  storeId: string;
  event: MemberEvent;
}

/** HLC strings begin with the wall time, 15 digits: a bare prefix sorts before every clock of that ms. */
const hlcFloor = (wall: number) => String(wall).padStart(15, '0');

/**
 * Head office: what every store adds up to, and opening a store. Only counts and event bodies
 * leave here, never a member's record or phone (decision 0008, data minimisation).
 */
export function chainRepository(db: Kysely<Database>) {
  const countBy = async (state: { since?: number }) => {
    let q = db
      .selectFrom('members')
      .select((eb) => ['store_id', eb.fn.countAll<number>().as('n')])
      .where('state', '=', 'live');
    // created_hlc is the signing-up tablet's clock, clamped by the server to its own time.
    if (state.since !== undefined) q = q.where('created_hlc', '>=', hlcFloor(state.since));
    const rows = await q.groupBy('store_id').execute();
    return new Map(rows.map((r) => [r.store_id, r.n]));
  };

  return {
    async storeCounts(since: number): Promise<StoreCounts[]> {
      const stores = await db
        .selectFrom('stores')
        .select(['id', 'name', 'created_at'])
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      const members = await countBy({});
      const newMembers = await countBy({ since });
      const devices = await db
        .selectFrom('devices')
        .select((eb) => [
          'store_id',
          eb.fn.count<number>('id').filterWhere('revoked_at', 'is', null).as('n'),
          eb.fn.max('last_seen_at').as('last'),
        ])
        .groupBy('store_id')
        .execute();
      const byStore = new Map(devices.map((d) => [d.store_id, d]));
      return stores.map((s) => {
        const d = byStore.get(s.id);
        return {
          id: s.id,
          name: s.name,
          createdAt: s.created_at,
          members: members.get(s.id) ?? 0,
          newMembers: newMembers.get(s.id) ?? 0,
          devices: d?.n ?? 0,
          lastContactAt: d?.last ?? null,
        };
      });
    },

    /** Each store's time zone, of the stores that saved their settings (the rest run on the default). */
    async storeTimeZones(): Promise<Map<string, string>> {
      const rows = await db.selectFrom('store_settings').select(['store_id', 'record']).execute();
      return new Map(
        rows.flatMap((r) => {
          const record = readStoredOrNull(StoreSettingsRecord, r.record);
          return record === null ? [] : [[r.store_id, record.fields.timeZone] as const];
        }),
      );
    },

    /** Every store's VIP-sales targets of the days from `fromKey` (`YYYY-MM-DD`) on, by store then day. */
    async vipSalesTargetsFrom(fromKey: string): Promise<Map<string, Map<string, number>>> {
      const rows = await db
        .selectFrom('field_records')
        .select(['store_id', 'record'])
        .where('type', '=', 'dayTarget')
        .where('key', '>=', fromKey)
        .execute();
      const byStore = new Map<string, Map<string, number>>();
      for (const r of rows) {
        const target = readStoredOrNull(StoredVipSalesTarget, r.record);
        if (target?.fields.vipSalesFen === undefined) continue;
        const days = byStore.get(r.store_id) ?? new Map<string, number>();
        days.set(target.key, target.fields.vipSalesFen);
        byStore.set(r.store_id, days);
      }
      return byStore;
    },

    /**
     * Purchases since `since`, with every void of the members who made them: a void sits on its
     * target's member, and a void of a void must be seen to be ignored (domain/programme/live-events).
     * Bodies are JSON text in both dialects, so the totals are read in TypeScript, not in SQL. A
     * body that no longer reads as an event (none should) is skipped rather than failing head
     * office's whole page.
     */
    async purchasesSince(since: number): Promise<StoreEvent[]> {
      const rows = await db
        .selectFrom('events')
        .select(['store_id', 'body'])
        .where((eb) =>
          eb.or([
            eb.and([eb('kind', '=', 'purchase'), eb('at', '>', since)]),
            eb.and([
              eb('kind', '=', 'void'),
              eb(
                'member_id',
                'in',
                eb
                  .selectFrom('events as p')
                  .select('p.member_id')
                  .where('p.kind', '=', 'purchase')
                  .where('p.at', '>', since),
              ),
            ]),
          ]),
        )
        .execute();
      return rows.flatMap((r) => {
        const event = readStoredOrNull(MemberEvent, r.body);
        return event === null ? [] : [{ storeId: r.store_id, event }];
      });
    },

    /**
     * A new store and its owner, unless someone active in any store who signs in with a password
     * has her name: a password enrolment finds her by name alone, so two alike would be told
     * apart only by their passwords, and the same password would enrol a tablet in the wrong store.
     */
    async createStore(s: NewStore): Promise<'created' | 'name-taken'> {
      return atomic(db, async (trx) => {
        const clash = await trx
          .selectFrom('staff')
          .select('id')
          .where('name', '=', s.owner.name)
          .where('disabled_at', 'is', null)
          .where('password_hash', 'is not', null)
          .executeTakeFirst();
        if (clash) return 'name-taken';
        await insertStoreWithOwner(trx, s, false);
        return 'created';
      });
    },
  };
}
