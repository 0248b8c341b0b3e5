import { randomInt } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { EventId, MemberId, MutationId, DeviceId, StaffId } from '../../shared/schemas/ids.schema';
import type { MemberEvent } from '../../shared/schemas/event.schema';
import type { MemberFields, MemberRecord } from '../../shared/schemas/member.schema';
import type { ImportCounts, ImportRefusal, ImportSettings } from '../../shared/schemas/import.schema';
import { pointsForPurchase, type ProgrammeRules } from '../../shared/domain/programme/rules';
import { newCardNumber } from '../../shared/domain/card-number';
import { blankMemberFields } from '../../shared/domain/blank-member-fields';
import { openingPoints, openingPurchase } from '../../shared/domain/opening-balance';
import { searchKeysOf } from '../../shared/domain/search-keys';
import { newMemberRecord } from '../../shared/sync/member-merge';
import type { SyncTx } from '../repositories/sync-tx';
import { applyMutation } from '../sync/apply-mutation';
import { earlierLine, type FileIndex } from '../import/file-index';
import { planRow, type RowPlan } from '../import/plan';
import type { RowCheck, RowValues } from '../import/row-check';

export interface BatchContext {
  jobId: string;
  staffId: StaffId;
  settings: ImportSettings;
  rules: ProgrammeRules;
  index: FileIndex;
  /** Card number → live member id: the roster's at the start, and every card this job issued. */
  cards: Map<string, string>;
  write: boolean;
}

const MAX_POINTS_DELTA = 1_000_000;

/**
 * One batch of checked rows, in one transaction under the store's lock: refusals, the roster
 * matched by phone and card, new members and their opening entries written in bulk, matches
 * updated through the sync rules, and the job's progress with them. A dry run (`write` false)
 * decides the same and writes only the progress. Returns the refusals and counts of the batch.
 */
export async function importBatch(
  tx: SyncTx,
  ctx: BatchContext,
  rows: readonly { line: number; check: RowCheck }[],
): Promise<{ counts: ImportCounts; refusals: ImportRefusal[] }> {
  const counts: ImportCounts = {
    rowsRead: rows.length,
    imported: 0,
    updated: 0,
    merged: 0,
    skipped: 0,
    refused: 0,
  };
  const refusals: ImportRefusal[] = [];
  const accepted = rows.flatMap(({ line, check }) => {
    if (!check.ok) {
      refusals.push(check.refusal);
      return [];
    }
    const first = earlierLine(check.row, ctx.index);
    if (first !== null) {
      refusals.push({ line, reason: 'duplicate-in-file', firstLine: first });
      return [];
    }
    return [check.row];
  });
  const byPhone = new Map<string, MemberRecord>();
  for (const m of await tx.imports.liveByPhones(
    tx.storeId,
    accepted.map((r) => r.fields.phone),
  ))
    if (!byPhone.has(m.fields.phone)) byPhone.set(m.fields.phone, m);

  // The members holding the batch's card numbers, in one query rather than one a row.
  const cardOwner = (row: RowValues) =>
    row.fields.cardNo === undefined ? undefined : ctx.cards.get(row.fields.cardNo);
  const owners = accepted.flatMap((row) => cardOwner(row) ?? []);
  const byId = new Map<string, MemberRecord>(
    (await tx.imports.liveById(tx.storeId, owners)).map((m) => [m.id, m]),
  );

  const creates: { record: MemberRecord; keys: ReturnType<typeof searchKeysOf> }[] = [];
  const events: MemberEvent[] = [];
  for (const row of accepted) {
    const owner = cardOwner(row);
    const byCard = owner === undefined ? undefined : byId.get(owner);
    let plan: RowPlan = planRow(row, byPhone.get(row.fields.phone), byCard, ctx.settings.duplicates);
    if (plan.outcome === 'import' && pointsOutOfRange(row, ctx.rules))
      plan = { outcome: 'refuse', refusal: { line: row.line, reason: 'points-invalid', field: 'points' } };
    switch (plan.outcome) {
      case 'refuse':
        refusals.push(plan.refusal);
        continue;
      case 'skip':
        counts.skipped++;
        continue;
      case 'update':
      case 'merge': {
        if (ctx.write && Object.keys(plan.edit).length > 0) {
          const outcome = await applyMutation(tx, updateOf(ctx, plan.member.id, plan.edit), clock(tx, ctx));
          if (!outcome.ok) {
            refusals.push({ line: row.line, reason: 'phone-taken', field: 'phone' });
            continue;
          }
        }
        counts[plan.outcome === 'update' ? 'updated' : 'merged']++;
        continue;
      }
      case 'import': {
        counts.imported++;
        const id = uuidv7() as MemberId;
        const cardNo = row.fields.cardNo ?? freshCard(ctx.cards, ctx.index);
        ctx.cards.set(cardNo, id);
        if (!ctx.write) continue;
        const now = tx.now;
        const fields: MemberFields = { ...newMemberDefaults(ctx.staffId, now), ...row.fields, cardNo };
        creates.push({
          record: newMemberRecord(id, fields, clock(tx, ctx), now),
          keys: searchKeysOf(fields.name),
        });
        events.push(...openingEvents(row, id, fields.ownerStaffId ?? ctx.staffId, now, ctx.rules));
      }
    }
  }
  counts.refused = refusals.length;
  if (ctx.write) {
    await tx.members.insertLiveMany(creates);
    await tx.events.insertMany(events);
  }
  return { counts, refusals };
}

function openingEvents(
  row: RowValues,
  memberId: MemberId,
  staffId: StaffId,
  at: number,
  rules: ProgrammeRules,
): MemberEvent[] {
  const ids = () => ({ id: uuidv7() as EventId, memberId, staffId });
  const spend = row.openingSpend ?? 0;
  const out: MemberEvent[] = [];
  if (spend > 0) out.push(openingPurchase(ids(), at, spend));
  if (row.openingPoints !== null) {
    const points = openingPoints(ids(), at, row.openingPoints, spend, rules);
    if (points) out.push(points);
  }
  return out;
}

function pointsOutOfRange(row: RowValues, rules: ProgrammeRules): boolean {
  if (row.openingPoints === null) return false;
  const earned = pointsForPurchase(row.openingSpend ?? 0, rules);
  return Math.abs(row.openingPoints - earned) > MAX_POINTS_DELTA;
}

/** Fields a row does not give: an imported member starts as a sign-up with nothing typed in. */
function newMemberDefaults(staffId: StaffId, now: number): Omit<MemberFields, 'name' | 'phone' | 'cardNo'> {
  return {
    ...blankMemberFields(),
    // The store brings records it already keeps with its customers' agreement; marketing consent
    // is never assumed (decision 0017).
    consent: { record: true, marketing: false, noticeVersion: 'import', language: 'zh-CN', at: now, staffId },
  };
}

/** A card number no member and no row of the file holds. */
function freshCard(cards: ReadonlyMap<string, string>, index: FileIndex): string {
  for (;;) {
    const card = newCardNumber(() => randomInt(0, 1_000_000) / 1_000_000);
    if (!cards.has(card) && !index.firstByCard.has(card)) return card;
  }
}

/** The job's own clock node: its writes tie-break like a tablet's (decision 0010). */
const clock = (tx: SyncTx, ctx: BatchContext) => tx.serverClock(ctx.jobId);

function updateOf(ctx: BatchContext, memberId: string, edit: Partial<MemberFields>) {
  return {
    id: uuidv7() as MutationId,
    deviceId: ctx.jobId as DeviceId,
    staffId: ctx.staffId,
    hlc: '',
    kind: 'member.update' as const,
    entity: 'member' as const,
    entityId: memberId as MemberId,
    payload: { fields: edit },
  };
}
