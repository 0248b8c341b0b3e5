import type { Language } from '../../shared/schemas/api-error.schema';
import type { MemberEvent } from '../../shared/schemas/event.schema';
import type { MemberRecord } from '../../shared/schemas/member.schema';
import type { ExportSelection } from '../../shared/schemas/security.schema';
import { summariseMember, type MemberSummary } from '../../shared/domain/programme/summary';
import { cardsAboutToLapse } from '../../shared/domain/dormancy';
import { localDayIn, storeClockIn } from '../../shared/domain/time-zone';
import type { AuthedDevice } from '../auth/device-auth';
import type { AuthedStaff } from '../auth/staff-session';
import { auditLine } from '../audit/audit-line';
import { CSV_BOM, csvHeader, lapsingCsvRow, memberCsvRow } from '../export/member-csv';
import type { ServiceDeps } from './service-deps';

// Members are read a page at a time with their events, so a large store never loads every event at once.
const PAGE = 500;

export interface MembersCsv {
  filename: string;
  csv: string;
}

interface SummarisedMember {
  record: MemberRecord;
  summary: MemberSummary;
  owner: string | null;
}

/**
 * The store's live members as CSV for a spreadsheet, or only the cards about to lapse. The
 * manager states why; the reason and the number of rows go into the audit log before a byte leaves.
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
    async membersCsv(
      device: AuthedDevice,
      manager: AuthedStaff,
      reason: string,
      language: Language,
      selection: ExportSelection = 'members',
    ): Promise<MembersCsv> {
      const now = clock();
      const { rules, timeZone } = await data.storeSettings.of(device.storeId);
      const lines = [CSV_BOM, csvHeader(language, selection)];
      if (selection === 'members') {
        for await (const m of liveMembers(device.storeId, rules, now))
          lines.push(memberCsvRow(m.record, m.summary, m.owner, language, timeZone));
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
        for (const { member: m, deadOn, daysLeft } of lapsing)
          lines.push(lapsingCsvRow([m.record, m.summary, m.owner, language, timeZone], deadOn, daysLeft));
      }
      const rows = lines.length - 2;
      const actor = { ...device, staffId: manager.staffId };
      const detail: Record<string, string | number> =
        selection === 'members' ? { reason, rows } : { reason, rows, selection };
      await data.audit.append([auditLine(actor, 'export', now, { detail })], now);
      const day = localDayIn(timeZone, now);
      const stamp = `${day.year}${String(day.month).padStart(2, '0')}${String(day.day).padStart(2, '0')}`;
      const kind = selection === 'members' ? 'members' : 'lapsing';
      return { filename: `floorbook-${kind}-${stamp}.csv`, csv: lines.join('') };
    },
  };
}
