import type { FastifyInstance } from 'fastify';
import { ExportRequest } from '../../shared/schemas/security.schema';
import { pickLanguage } from '../../shared/schemas/api-error.schema';
import type { MemberRecord } from '../../shared/schemas/member.schema';
import type { MemberEvent } from '../../shared/schemas/event.schema';
import { summariseMember } from '../../shared/domain/programme/summary';
import { DEFAULT_STORE_SETTINGS } from '../../shared/schemas/store-settings.schema';
import { localDayIn } from '../../shared/domain/time-zone';
import { deviceAuth } from '../auth/device-auth';
import { staffAuth } from '../auth/staff-session';
import { auditLine } from '../audit/audit-line';
import { CSV_BOM, csvHeader, memberCsvRow } from '../export/member-csv';
import { auditRepository } from '../repositories/audit.repository';
import { memberExportRepository } from '../repositories/member-export.repository';
import { staffRepository } from '../repositories/staff.repository';
import { findStoreSettings } from '../repositories/store-settings.repository';
import type { RouteDeps } from './route-deps';

// Members are read a page at a time with their events, so a large store never loads every event at once.
const PAGE = 500;

/**
 * POST /api/export (manager): the store's live members as CSV for a spreadsheet. The manager states
 * why; the reason and the number of rows go into the audit log before a byte leaves.
 */
export function exportRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const db = deps.db.db;
  const authenticate = deviceAuth(db, deps.clock);
  const authenticateStaff = staffAuth(db, deps.clock);
  const members = memberExportRepository(db);

  app.post('/api/export', async (req, reply) => {
    const device = await authenticate(req);
    const manager = await authenticateStaff(req, device, 'manager');
    const { reason } = ExportRequest.parse(req.body);
    const language = pickLanguage(req.headers['accept-language']);
    const now = deps.clock();
    const { rules, timeZone } =
      (await findStoreSettings(db, device.storeId))?.fields ?? DEFAULT_STORE_SETTINGS;
    const names = new Map((await staffRepository(db).listOfStore(device.storeId)).map((s) => [s.id, s.name]));
    const lines = [CSV_BOM, csvHeader(language)];
    for (let after = ''; ;) {
      const page = await members.livePage(device.storeId, after, PAGE);
      const events = new Map<string, MemberEvent[]>();
      for (const e of await members.eventsOf(
        device.storeId,
        page.map((m) => m.id),
      )) {
        const list = events.get(e.member_id) ?? [];
        list.push(JSON.parse(e.body) as MemberEvent);
        events.set(e.member_id, list);
      }
      for (const m of page) {
        if (m.record === null) continue;
        const record = JSON.parse(m.record) as MemberRecord;
        const summary = summariseMember(events.get(m.id) ?? [], rules, now);
        const owner =
          record.fields.ownerStaffId === null ? null : (names.get(record.fields.ownerStaffId) ?? null);
        lines.push(memberCsvRow(record, summary, owner, language, timeZone));
      }
      const last = page.at(-1);
      if (!last || page.length < PAGE) break;
      after = last.id;
    }
    const rows = lines.length - 2;
    const actor = { ...device, staffId: manager.staffId };
    await auditRepository(db).append([auditLine(actor, 'export', now, { detail: { reason, rows } })], now);
    const day = localDayIn(timeZone, now);
    const stamp = `${day.year}${String(day.month).padStart(2, '0')}${String(day.day).padStart(2, '0')}`;
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="floorbook-members-${stamp}.csv"`)
      .send(lines.join(''));
  });
}
