import type { Language } from '../../shared/schemas/api-error.schema';
import type { MemberEvent } from '../../shared/schemas/event.schema';
import { summariseMember } from '../../shared/domain/programme/summary';
import { localDayIn } from '../../shared/domain/time-zone';
import type { AuthedDevice } from '../auth/device-auth';
import type { AuthedStaff } from '../auth/staff-session';
import { auditLine } from '../audit/audit-line';
import { CSV_BOM, csvHeader, memberCsvRow } from '../export/member-csv';
import type { ServiceDeps } from './service-deps';

// Members are read a page at a time with their events, so a large store never loads every event at once.
const PAGE = 500;

export interface MembersCsv {
  filename: string;
  csv: string;
}

/**
 * The store's live members as CSV for a spreadsheet. The manager states why; the reason and the
 * number of rows go into the audit log before a byte leaves.
 */
export function exportService({ data, clock }: ServiceDeps) {
  return {
    async membersCsv(
      device: AuthedDevice,
      manager: AuthedStaff,
      reason: string,
      language: Language,
    ): Promise<MembersCsv> {
      const now = clock();
      const { rules, timeZone } = await data.storeSettings.of(device.storeId);
      const names = new Map((await data.staff.listOfStore(device.storeId)).map((s) => [s.id, s.name]));
      const lines = [CSV_BOM, csvHeader(language)];
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
          lines.push(memberCsvRow(record, summary, owner, language, timeZone));
        }
        const last = page.at(-1);
        if (!last || page.length < PAGE) break;
        after = last.id;
      }
      const rows = lines.length - 2;
      const actor = { ...device, staffId: manager.staffId };
      await data.audit.append([auditLine(actor, 'export', now, { detail: { reason, rows } })], now);
      const day = localDayIn(timeZone, now);
      const stamp = `${day.year}${String(day.month).padStart(2, '0')}${String(day.day).padStart(2, '0')}`;
      return { filename: `floorbook-members-${stamp}.csv`, csv: lines.join('') };
    },
  };
}
