import type { FastifyInstance } from 'fastify';
import {
  AuditQuery,
  AuditUpload,
  type AuditAction,
  type AuditLine,
  type AuditPage,
} from '../../shared/schemas/security.schema';
import { deviceAuth } from '../auth/device-auth';
import { staffAuth } from '../auth/staff-session';
import { auditRepository, type AuditLineRow } from '../repositories/audit.repository';
import { staffRepository } from '../repositories/staff.repository';
import { memberIdsInStore } from '../repositories/member-ids.repository';
import type { RouteDeps } from './route-deps';

const DEFAULT_PAGE = 50;

/** The append-only audit log: tablets upload what they saw, managers read it. */
export function auditRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const db = deps.db.db;
  const authenticate = deviceAuth(db, deps.clock);
  const authenticateStaff = staffAuth(db, deps.clock);
  const audit = auditRepository(db);

  /**
   * Idempotent by entry id: a tablet whose answer was lost sends the batch again and nothing
   * doubles. The store and the tablet come from the credential; a staff id or member id that is
   * not of this store is dropped rather than kept, so a tablet cannot write another store's staff
   * or members into a line.
   */
  app.post('/api/audit', async (req): Promise<{ stored: number }> => {
    const device = await authenticate(req);
    const { entries } = AuditUpload.parse(req.body);
    const staffIds = [...new Set(entries.flatMap((e) => (e.staffId === null ? [] : [e.staffId])))];
    const ours = await staffRepository(db).idsInStore(device.storeId, staffIds);
    const memberIds = [...new Set(entries.flatMap((e) => (e.memberId === null ? [] : [e.memberId])))];
    const ourMembers = await memberIdsInStore(db, device.storeId, memberIds);
    const stored = await audit.append(
      entries.map((e) => ({
        id: e.id,
        storeId: device.storeId,
        at: e.at,
        staffId: e.staffId !== null && ours.has(e.staffId) ? e.staffId : null,
        deviceId: device.deviceId,
        action: e.action,
        memberId: e.memberId !== null && ourMembers.has(e.memberId) ? e.memberId : null,
      })),
      deps.clock(),
    );
    return { stored };
  });

  app.get('/api/audit', async (req): Promise<AuditPage> => {
    const device = await authenticate(req);
    await authenticateStaff(req, device, 'manager');
    const query = AuditQuery.parse(req.query);
    const limit = query.limit ?? DEFAULT_PAGE;
    const rows = await audit.linesBefore(device.storeId, query.before, limit + 1);
    if (rows.length <= limit) return { lines: rows.map(toLine), before: null };
    // The page ends on a whole millisecond: every line at the last one shown comes with it, so
    // `before` = that millisecond skips nothing and repeats nothing.
    const last = rows[limit - 1]?.at ?? 0;
    const page = [
      ...rows.slice(0, limit).filter((r) => r.at !== last),
      ...(await audit.linesAt(device.storeId, last)),
    ];
    const more = rows[limit]?.at !== last || (await audit.linesBefore(device.storeId, last, 1)).length > 0;
    return { lines: page.map(toLine), before: more ? last : null };
  });
}

function toLine(r: AuditLineRow): AuditLine {
  return {
    id: r.id,
    at: r.at,
    // Only AuditAction values are ever written (AuditRecord's type and AuditUpload's schema).
    action: r.action as AuditAction,
    staffName: r.staff_name,
    deviceName: r.device_name,
    memberId: r.member_id,
    detail: r.detail,
  };
}
