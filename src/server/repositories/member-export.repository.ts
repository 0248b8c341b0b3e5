import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { MemberRecord } from '../../shared/schemas/member.schema';
import { MemberEvent } from '../../shared/schemas/event.schema';
import { readStored } from './stored-json';

export interface ExportMember {
  id: string;
  record: MemberRecord | null;
}

export interface ExportEvent {
  memberId: string;
  event: MemberEvent;
}

/** Reads for the members export: live members a page at a time, and their events. */
export function memberExportRepository(db: Kysely<Database>) {
  return {
    /** Live members after `afterId` in id order (the record is null only on a row no live member should have). */
    async livePage(storeId: string, afterId: string, limit: number): Promise<ExportMember[]> {
      const rows = await db
        .selectFrom('members')
        .select(['id', 'record'])
        .where('store_id', '=', storeId)
        .where('state', '=', 'live')
        .where('id', '>', afterId)
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        record: r.record === null ? null : readStored(MemberRecord, r.record),
      }));
    },

    async eventsOf(storeId: string, memberIds: readonly string[]): Promise<ExportEvent[]> {
      if (memberIds.length === 0) return [];
      const rows = await db
        .selectFrom('events')
        .select(['member_id', 'body'])
        .where('store_id', '=', storeId)
        .where('member_id', 'in', [...memberIds])
        .execute();
      return rows.map((r) => ({ memberId: r.member_id, event: readStored(MemberEvent, r.body) }));
    },
  };
}
