import { MemberEvent } from '../../shared/schemas/event.schema';
import type { Db, DbTx } from '../db/handle';
import { inSeqRange, type SeqRange } from './seq-range';
import { readStored } from './stored-json';
import { takeSeq } from './seq';

// Eight columns a row: far below either dialect's bound-parameter limit.
const BULK_ROWS = 250;

/** The events of one store inside a push's transaction; every write takes the next change number. */
export function eventSyncRepository(trx: DbTx, storeId: string, nextSeq: () => Promise<number>, now: number) {
  return {
    async find(id: string): Promise<MemberEvent | undefined> {
      const row = await trx
        .selectFrom('events')
        .select('body')
        .where('store_id', '=', storeId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && readStored(MemberEvent, row.body);
    },

    /** The voids recorded on a member: with their target, what the void rule reads (domain/void-rule). */
    async voidsOn(memberId: string): Promise<MemberEvent[]> {
      const rows = await trx
        .selectFrom('events')
        .select('body')
        .where('store_id', '=', storeId)
        .where('member_id', '=', memberId)
        .where('kind', '=', 'void')
        .execute();
      return rows.map((r) => readStored(MemberEvent, r.body));
    },

    /** Which store, if any, already uses an event id: ids are made on tablets. */
    async idInUse(id: string): Promise<'here' | 'elsewhere' | null> {
      const row = await trx.selectFrom('events').select('store_id').where('id', '=', id).executeTakeFirst();
      if (!row) return null;
      return row.store_id === storeId ? 'here' : 'elsewhere';
    },

    async insert(event: MemberEvent): Promise<void> {
      await trx
        .insertInto('events')
        .values({
          id: event.id,
          store_id: storeId,
          member_id: event.memberId,
          seq: await nextSeq(),
          kind: event.kind,
          at: event.at,
          body: JSON.stringify(event),
          received_at: now,
        })
        .execute();
    },

    /** New events written in bulk (an import's opening entries), numbered in the order given. */
    async insertMany(events: readonly MemberEvent[]): Promise<void> {
      if (events.length === 0) return;
      const first = await takeSeq(trx, storeId, events.length);
      const rows = events.map((event, i) => ({
        id: event.id,
        store_id: storeId,
        member_id: event.memberId,
        seq: first + i,
        kind: event.kind,
        at: event.at,
        body: JSON.stringify(event),
        received_at: now,
      }));
      for (let i = 0; i < rows.length; i += BULK_ROWS)
        await trx
          .insertInto('events')
          .values(rows.slice(i, i + BULK_ROWS))
          .execute();
    },

    /** Move a member's events to another member; each moved event takes a new change number. */
    async repoint(fromId: string, toId: string): Promise<void> {
      const rows = await trx
        .selectFrom('events')
        .select(['id', 'body'])
        .where('store_id', '=', storeId)
        .where('member_id', '=', fromId)
        .orderBy('seq')
        .execute();
      for (const row of rows) {
        const event = { ...readStored(MemberEvent, row.body), memberId: toId } as MemberEvent;
        await trx
          .updateTable('events')
          .set({ member_id: toId, body: JSON.stringify(event), seq: await nextSeq() })
          .where('id', '=', row.id)
          .execute();
      }
    },

    async deleteOf(memberId: string): Promise<void> {
      await trx
        .deleteFrom('events')
        .where('store_id', '=', storeId)
        .where('member_id', '=', memberId)
        .execute();
    },
  };
}
export type EventSyncRepository = ReturnType<typeof eventSyncRepository>;

/** Event rows numbered in (after, below), in change order, at most `limit`, each as its stored JSON text. */
export function eventRowsAfter(db: Db, q: SeqRange): Promise<{ seq: number; body: string }[]> {
  return inSeqRange(db.selectFrom('events').select(['seq', 'body']), q).execute();
}
