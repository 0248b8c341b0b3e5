import type { Language } from '../../shared/schemas/api-error.schema';
import type { MemberEvent } from '../../shared/schemas/event.schema';
import type { MemberRecord } from '../../shared/schemas/member.schema';
import type { ExportRequest } from '../../shared/schemas/security.schema';
import { summariseMember, type MemberSummary } from '../../shared/domain/programme/summary';
import { cardsAboutToLapse } from '../../shared/domain/dormancy';
import { localDayIn, storeClockIn } from '../../shared/domain/time-zone';
import type { AuthedDevice } from '../auth/device-auth';
import type { AuthedStaff } from '../auth/staff-session';
import { auditLine } from '../audit/audit-line';
import { exportHeaders, lapsingCells, memberCsv, memberExportCells } from '../export/member-csv';
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

interface SummarisedMember {
  record: MemberRecord;
  summary: MemberSummary;
  owner: string | null;
}

/**
 * The store's live members, or only its cards about to lapse, as CSV or an Excel workbook. The
 * manager states why; the reason, the file's kind, the selection and the number of rows go into
 * the audit log before a byte leaves, so the file is made whole first (the workbook compressed,
 * a few MB for a large store).
 */
export function exportService({ data, clock }: ServiceDeps) {
  /** Every live member with her figures, a page at a time. */
  async function* liveMembers(storeId: string, rules: Parameters<typeof summariseMember>[1], now: number) {
    const names = new Map((await data.staff.listOfStore(storeId)).map((s) => [s.id, s.name]));
    for (let after = ''; ;) {
      const page = await data.memberExport.livePage(storeId, after, PAGE);
      const events = new Map<string, MemberEvent[]>();
      for (const e of await data.memberExport.eventsOf(
        storeId,
        page.map((m) => m.id),
      )) {
        const list = events.get(e.memberId) ?? [];
        list.push(e.event);
        events.set(e.memberId, list);
      }
      for (const { id, record } of page) {
        if (record === null) continue;
        const owner = record.fields.ownerStaffId;
        yield {
          record,
          summary: summariseMember(events.get(id) ?? [], rules, now),
          owner: owner === null ? null : (names.get(owner) ?? null),
        } satisfies SummarisedMember;
      }
      const last = page.at(-1);
      if (!last || page.length < PAGE) break;
      after = last.id;
    }
  }

  return {
    async membersFile(
      device: AuthedDevice,
      manager: AuthedStaff,
      { reason, format, selection = 'members' }: ExportRequest,
      language: Language,
    ): Promise<MembersFile> {
      const now = clock();
      const { rules, timeZone } = await data.storeSettings.of(device.storeId);
      const headers = exportHeaders(language, selection);
      const file = format === 'xlsx' ? memberWorkbook(language, headers) : memberCsv(headers);
      const cellsOf = (m: SummarisedMember) =>
        memberExportCells(m.record, m.summary, m.owner, language, timeZone, manager.role);
      let rows = 0;
      if (selection === 'members') {
        for await (const m of liveMembers(device.storeId, rules, now)) {
          file.add(cellsOf(m));
          rows += 1;
        }
      } else {
        // The same rule as the tablets' drifting-away list: idle store days since the last
        // visit (or sign-up), the store's thresholds; cards from "about to lapse" up to dead.
        const all: (SummarisedMember & { lastVisitAt: number; createdAt: number })[] = [];
        for await (const m of liveMembers(device.storeId, rules, now))
          all.push({ ...m, lastVisitAt: m.summary.lastVisitAt ?? 0, createdAt: m.record.createdAt });
        const { lapseAfterDays, deadAfterDays } = rules.dormancy;
        const lapsing = cardsAboutToLapse(
          all,
          storeClockIn(timeZone, now),
          rules.dormancy,
          deadAfterDays - lapseAfterDays,
        );
        for (const { member, deadOn, daysLeft } of lapsing) {
          file.add(lapsingCells(cellsOf(member), deadOn, daysLeft));
          rows += 1;
        }
      }
      const body = await file.finish();
      const actor = { ...device, staffId: manager.staffId };
      const detail: Record<string, string | number> =
        selection === 'members' ? { reason, format, rows } : { reason, format, rows, selection };
      await data.audit.append([auditLine(actor, 'export', now, { detail })], now);
      const day = localDayIn(timeZone, now);
      const stamp = `${day.year}${String(day.month).padStart(2, '0')}${String(day.day).padStart(2, '0')}`;
      return {
        filename: `floorbook-${selection}-${stamp}.${format}`,
        contentType: CONTENT_TYPES[format],
        body,
      };
    },
  };
}
