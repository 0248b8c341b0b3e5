import type { AuditEntry, AuditPage } from '../../shared/schemas/security.schema';
import type { AuthedDevice } from '../auth/device-auth';
import type { ServiceDeps } from './service-deps';

const DEFAULT_PAGE = 50;

/** The append-only audit log: tablets upload what they saw, managers read it. */
export function auditService({ data, clock }: ServiceDeps) {
  return {
    /**
     * Idempotent by entry id: a tablet whose answer was lost sends the batch again and nothing
     * doubles. The store and the tablet come from the credential; a staff id or member id that is
     * not of this store is dropped rather than kept, so a tablet cannot write another store's staff
     * or members into a line. Returns how many lines were new.
     */
    async upload(device: AuthedDevice, entries: readonly AuditEntry[]): Promise<number> {
      const staffIds = [...new Set(entries.flatMap((e) => (e.staffId === null ? [] : [e.staffId])))];
      const ours = await data.staff.idsInStore(device.storeId, staffIds);
      const memberIds = [...new Set(entries.flatMap((e) => (e.memberId === null ? [] : [e.memberId])))];
      const ourMembers = await data.memberIds.inStore(device.storeId, memberIds);
      return data.audit.append(
        entries.map((e) => ({
          id: e.id,
          storeId: device.storeId,
          at: e.at,
          staffId: e.staffId !== null && ours.has(e.staffId) ? e.staffId : null,
          deviceId: device.deviceId,
          action: e.action,
          memberId: e.memberId !== null && ourMembers.has(e.memberId) ? e.memberId : null,
        })),
        clock(),
      );
    },

    /** A page of the store's log, newest first, older than `before`. */
    async page(device: AuthedDevice, before: number | undefined, limit = DEFAULT_PAGE): Promise<AuditPage> {
      const { audit } = data;
      const rows = await audit.linesBefore(device.storeId, before, limit + 1);
      if (rows.length <= limit) return { lines: rows, before: null };
      // The page ends on a whole millisecond: every line at the last one shown comes with it, so
      // `before` = that millisecond skips nothing and repeats nothing.
      const last = rows[limit - 1]?.at ?? 0;
      const lines = [
        ...rows.slice(0, limit).filter((r) => r.at !== last),
        ...(await audit.linesAt(device.storeId, last)),
      ];
      const more = rows[limit]?.at !== last || (await audit.linesBefore(device.storeId, last, 1)).length > 0;
      return { lines, before: more ? last : null };
    },
  };
}
