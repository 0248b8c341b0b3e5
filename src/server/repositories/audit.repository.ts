import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { AuditLine, type AuditAction } from '../../shared/schemas/security.schema';

/**
 * One line of the audit log. `detail` holds ids, codes and counts only, never a name, a phone
 * or a note: the log is kept after a member is erased, and must not keep her with it.
 */
export interface AuditRecord {
  id: string;
  storeId: string;
  at: number;
  staffId: string | null;
  deviceId: string | null;
  action: AuditAction;
  memberId: string | null;
  detail?: Readonly<Record<string, string | number | boolean>>;
}

// Nine columns a row: 200 rows stay far below either dialect's bound-parameter limit.
const CHUNK = 200;

export function auditRepository(db: Kysely<Database>) {
  return {
    /** Append lines; a line whose id is already stored is skipped. Returns how many were new. */
    async append(records: readonly AuditRecord[], receivedAt: number): Promise<number> {
      let stored = 0;
      for (let i = 0; i < records.length; i += CHUNK) {
        const result = await db
          .insertInto('audit_log')
          .values(
            records.slice(i, i + CHUNK).map((r) => ({
              id: r.id,
              store_id: r.storeId,
              at: r.at,
              staff_id: r.staffId,
              device_id: r.deviceId,
              action: r.action,
              member_id: r.memberId,
              detail: r.detail === undefined ? null : JSON.stringify(r.detail),
              received_at: receivedAt,
            })),
          )
          .onConflict((oc) => oc.column('id').doNothing())
          .executeTakeFirst();
        stored += Number(result.numInsertedOrUpdatedRows ?? 0n);
      }
      return stored;
    },

    /** Lines of the store older than `before`, newest first, with who and which tablet by name. */
    async linesBefore(storeId: string, before: number | undefined, limit: number): Promise<AuditLine[]> {
      let q = lines(db, storeId);
      if (before !== undefined) q = q.where('a.at', '<', before);
      return (await q.orderBy('a.at', 'desc').orderBy('a.id', 'desc').limit(limit).execute()).map(toLine);
    },

    /** Every line of the store at exactly `at`, so a page never splits one millisecond in two. */
    async linesAt(storeId: string, at: number): Promise<AuditLine[]> {
      return (await lines(db, storeId).where('a.at', '=', at).orderBy('a.id', 'desc').execute()).map(toLine);
    },
  };
}

function lines(db: Kysely<Database>, storeId: string) {
  return db
    .selectFrom('audit_log as a')
    .leftJoin('staff as s', (j) => j.onRef('s.id', '=', 'a.staff_id').on('s.store_id', '=', storeId))
    .leftJoin('devices as d', (j) => j.onRef('d.id', '=', 'a.device_id').on('d.store_id', '=', storeId))
    .select([
      'a.id',
      'a.at',
      'a.action',
      's.name as staff_name',
      'd.name as device_name',
      'a.member_id',
      'a.detail',
    ])
    .where('a.store_id', '=', storeId);
}

/** A stored line as managers read it; the action is checked, as the column is free text. */
function toLine(r: {
  id: string;
  at: number;
  action: string;
  staff_name: string | null;
  device_name: string | null;
  member_id: string | null;
  detail: string | null;
}): AuditLine {
  return AuditLine.parse({
    id: r.id,
    at: r.at,
    action: r.action,
    staffName: r.staff_name,
    deviceName: r.device_name,
    memberId: r.member_id,
    detail: r.detail,
  });
}
