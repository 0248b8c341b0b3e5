import type { Language } from '../../shared/schemas/api-error.schema';
import type { MemberEvent } from '../../shared/schemas/event.schema';
import { summariseMember } from '../../shared/domain/programme/summary';
import { localDayIn } from '../../shared/domain/time-zone';
import type { AuthedDevice } from '../auth/device-auth';
import type { AuthedStaff } from '../auth/staff-session';
import { auditLine } from '../audit/audit-line';
import type { ExportRequest } from '../../shared/schemas/security.schema';
import { memberCsv, memberExportCells } from '../export/member-csv';
import { memberWorkbook } from '../export/member-xlsx';
import type { ServiceDeps } from './service-deps';

// Members are read a page at a time with their events, so a large store never loads every event at once.
const PAGE = 500;

export interface MembersFile {
  filename: string;
  contentType: string;
  body: string | Buffer;
}

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * The store's live members as CSV or an Excel workbook. The manager states why; the reason, the
 * file's kind and the number of rows go into the audit log before a byte leaves, so the file is
 * made whole first (the workbook compressed, a few MB for a large store).
 */
export function exportService({ data, clock }: ServiceDeps) {
  return {
    async membersFile(
      device: AuthedDevice,
      manager: AuthedStaff,
      { reason, format }: ExportRequest,
      language: Language,
    ): Promise<MembersFile> {
      const now = clock();
      const { rules, timeZone } = await data.storeSettings.of(device.storeId);
      const names = new Map((await data.staff.listOfStore(device.storeId)).map((s) => [s.id, s.name]));
      const file = format === 'xlsx' ? memberWorkbook(language) : memberCsv(language);
      let rows = 0;
      for (let after = ''; ;) {
        const page = await data.memberExport.livePage(device.storeId, after, PAGE);
        const events = new Map<string, MemberEvent[]>();
        for (const e of await data.memberExport.eventsOf(
          device.storeId,
          page.map((m) => m.id),
        )) {
          const list = events.get(e.memberId) ?? [];
          list.push(e.event);
          events.set(e.memberId, list);
        }
        for (const { id, record } of page) {
          if (record === null) continue;
          const summary = summariseMember(events.get(id) ?? [], rules, now);
          const owner =
            record.fields.ownerStaffId === null ? null : (names.get(record.fields.ownerStaffId) ?? null);
          file.add(memberExportCells(record, summary, owner, language, timeZone, manager.role));
          rows += 1;
        }
        const last = page.at(-1);
        if (!last || page.length < PAGE) break;
        after = last.id;
      }
      const body = await file.finish();
      const actor = { ...device, staffId: manager.staffId };
      await data.audit.append([auditLine(actor, 'export', now, { detail: { reason, format, rows } })], now);
      const day = localDayIn(timeZone, now);
      const stamp = `${day.year}${String(day.month).padStart(2, '0')}${String(day.day).padStart(2, '0')}`;
      return { filename: `floorbook-members-${stamp}.${format}`, contentType: CONTENT_TYPES[format], body };
    },
  };
}
