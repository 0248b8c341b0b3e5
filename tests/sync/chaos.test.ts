import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Mutation } from '../../src/shared/sync/protocol.schema';
import { deleteMember, editMember, eraseMember, signUpMember } from '../../src/app/commands/member-commands';
import { recordPurchase, recordVisit, voidEvent } from '../../src/app/commands/event-commands';
import { saveStoreSettings } from '../../src/app/commands/settings-commands';
import { saveFieldRecord } from '../../src/app/commands/field-record-commands';
import type { FieldRecordFields, FieldRecordType } from '../../src/shared/domain/field-record-types';
import type { StaffId } from '../../src/shared/schemas/ids.schema';
import type { SyncedTypeName } from '../../src/shared/sync/synced-types';
import { DEFAULT_STORE_SETTINGS } from '../../src/shared/domain/store-settings';
import { DEFAULT_PROGRAMME_RULES } from '../../src/shared/domain/programme/rules';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { lwwOracle } from './fixtures/lww-oracle';
import { manualClock, signUpFields } from './fixtures/members';
import { SERVER_SYNC_READY, openTablet, startServer, type Fault, type Tablet } from './fixtures/sync-harness';

const T0 = 1_800_000_000_000;
const PHONES = ['13800000001', '13800000002', '13800000003', '13800000004'];
const NAMES = ['张晓梅', '李娜', '王芳', '陈静'];
const JOBS = ['教师', '医生', '律师', '设计师'];
const ZONES = ['Asia/Shanghai', 'Asia/Urumqi', 'Asia/Tokyo', 'Asia/Singapore'];

type Op =
  | { kind: 'sign-up'; tablet: number; who: number }
  | { kind: 'edit'; tablet: number; member: number; job: number }
  | { kind: 'visit'; tablet: number; member: number }
  | { kind: 'purchase'; tablet: number; member: number; quantity: number }
  | { kind: 'void'; tablet: number; event: number }
  | { kind: 'delete'; tablet: number; member: number }
  | { kind: 'erase'; tablet: number; member: number }
  | { kind: 'settings'; tablet: number; zone: number; followUpDays: number | null }
  | { kind: 'record'; type: FieldRecordType; tablet: number; key: number; value: number }
  | { kind: 'set-clock'; tablet: number; skew: number }
  | { kind: 'sync'; tablet: number }
  | { kind: 'wait'; ms: number };

const DAY = 86_400_000;
// Tablets' clocks run from a day slow to a day fast, far beyond the server's five-minute drift
// limit, and are set forward and back while they work (issue 9).
const skew = fc.integer({ min: -DAY, max: DAY });
// fast-check's seed, printed so a failure can be replayed: CHAOS_SEED=<n>.
const SEED =
  process.env.CHAOS_SEED === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.CHAOS_SEED);

const tabletIx = fc.nat({ max: 5 });

/** A field-record edit (decision 0016) of one of three keys, setting one of two fields. */
const RECORD_EDITS: {
  [N in FieldRecordType]: (
    key: number,
    value: number,
    staffId: StaffId,
  ) => [string, Partial<FieldRecordFields[N]>];
} = {
  tillDay: (k, v) => [`2027-01-0${k + 1}`, v % 2 ? { salesFen: v * 100 } : { tickets: v }],
  dayTarget: (k, v) => [`2027-01-0${k + 1}`, v % 2 ? { newCards: v } : { vipShareBp: v * 100 }],
  staffTarget: (k, v, staffId) => [`${staffId}/2027-Q${k + 1}`, { newCards: v }],
  taskState: (k, v) => [
    `follow-up:${k}`,
    v % 2 ? { state: v % 3 ? 'done' : 'skipped' } : { reason: `原因${v}` },
  ],
  messageTemplate: (k, v) => [`follow-up/${k % 2 ? 'zh' : 'en'}`, { text: `模板 ${v}` }],
};
const recordEdit = (type: FieldRecordType) =>
  fc.record({
    kind: fc.constant('record' as const),
    type: fc.constant(type),
    tablet: tabletIx,
    key: fc.nat({ max: 2 }),
    value: fc.nat({ max: 99 }),
  });
/**
 * The changes made on the floor, by the synced type they write: a type added to the registry
 * without its generators here fails the typecheck, so the chaos covers it from the day it lands.
 */
const CHANGES_OF_TYPE: Record<SyncedTypeName, fc.Arbitrary<Op>[]> = {
  member: [
    fc.record({ kind: fc.constant('sign-up' as const), tablet: tabletIx, who: fc.nat({ max: 3 }) }),
    fc.record({
      kind: fc.constant('edit' as const),
      tablet: tabletIx,
      member: fc.nat(),
      job: fc.nat({ max: 3 }),
    }),
    fc.record({ kind: fc.constant('delete' as const), tablet: tabletIx, member: fc.nat() }),
    fc.record({ kind: fc.constant('erase' as const), tablet: tabletIx, member: fc.nat() }),
  ],
  event: [
    fc.record({ kind: fc.constant('visit' as const), tablet: tabletIx, member: fc.nat() }),
    fc.record({
      kind: fc.constant('purchase' as const),
      tablet: tabletIx,
      member: fc.nat(),
      quantity: fc.integer({ min: 1, max: 3 }),
    }),
    fc.record({ kind: fc.constant('void' as const), tablet: tabletIx, event: fc.nat() }),
  ],
  settings: [
    fc.record({
      kind: fc.constant('settings' as const),
      tablet: tabletIx,
      zone: fc.nat({ max: ZONES.length - 1 }),
      followUpDays: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
    }),
  ],
  tillDay: [recordEdit('tillDay')],
  dayTarget: [recordEdit('dayTarget')],
  staffTarget: [recordEdit('staffTarget')],
  taskState: [recordEdit('taskState')],
  messageTemplate: [recordEdit('messageTemplate')],
};
const op: fc.Arbitrary<Op> = fc.oneof(
  ...Object.values(CHANGES_OF_TYPE).flat(),
  fc.record({ kind: fc.constant('set-clock' as const), tablet: tabletIx, skew }),
  fc.record({ kind: fc.constant('sync' as const), tablet: tabletIx }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 1, max: 120_000 }) }),
);
const fault = fc.constantFrom<Fault>('none', 'none', 'none', 'drop-request', 'drop-reply', 'duplicate');

const pick = <T>(list: readonly T[], i: number): T | undefined => list[i % Math.max(1, list.length)];

describe.runIf(SERVER_SYNC_READY).each(TEST_DIALECTS)('tablets under chaos on %s', (dialect) => {
  test('after a final sync every tablet equals the server and every acknowledged change is there once', async () => {
    console.log(`chaos on ${dialect}: CHAOS_SEED=${SEED}`);
    const stats = { members: 0, writes: 0, beyondLimit: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 6 }),
        fc.array(skew, { minLength: 6, maxLength: 6 }),
        fc.array(op, { minLength: 5, maxLength: 40 }),
        fc.array(fault, { minLength: 1, maxLength: 20 }),
        async (count, skews, ops, faults) => {
          const clock = manualClock(T0);
          const server = await startServer(dialect, clock.now);
          const tablets: Tablet[] = [];
          const made = new Map<string, Mutation>();
          // The member each change is about, when it is about a person.
          const about = new Map<string, string>();
          // Pushes run one at a time here, so the order the server answers them is the order it applied them.
          const oracle = lwwOracle();
          try {
            for (let i = 0; i < count; i++) {
              const t = await openTablet(server, `T${i}`, {
                clock: () => clock.now() + (skews[i] ?? 0),
                onPushed: (mutations, results) => oracle.pushed(mutations, results, clock.now()),
              });
              let f = i;
              t.fault = () => faults[f++ % faults.length] ?? 'none';
              tablets.push(t);
            }
            for (const o of ops) {
              if (o.kind === 'set-clock') skews[o.tablet] = o.skew;
              else await run(o, tablets, clock);
              // Every change made is in some outbox until a sync settles it.
              for (const t of tablets)
                for (const r of await t.db.outbox.toArray()) {
                  made.set(r.id, r.mutation);
                  if (r.memberId) about.set(r.id, r.memberId);
                }
            }

            for (const t of tablets) t.fault = () => 'none';
            // Two rounds: the first delivers every outbox, the second brings every tablet the rest.
            for (let round = 0; round < 2; round++)
              for (const t of tablets) expect(await t.sync()).toEqual({ kind: 'synced' });

            const truth = await server.snapshot();
            for (const t of tablets) {
              expect(await t.db.outbox.count()).toBe(0);
              expect(await t.snapshot()).toEqual(truth);
            }
            const rows = await server.db.db
              .selectFrom('members')
              .select(['id', 'state', 'merged_into'])
              .execute();
            const byId = new Map(rows.map((r) => [r.id, r]));
            // Where a member ended, followed through merges.
            const endState = (id: string): string | undefined => {
              const row = byId.get(id);
              if (row?.state === 'merged' && row.merged_into !== null) return endState(row.merged_into);
              return row?.state;
            };
            const erased = (id: string) => endState(id) === 'erased';
            const removed = (id: string) => erased(id) || endState(id) === 'deleted';
            // Each change was either acknowledged or refused, never both and never lost; only a
            // change about a member erased since may have gone with her, from the queue or the refused list.
            const refused = new Set<string>();
            for (const t of tablets) for (const d of await t.db.deadLetters.toArray()) refused.add(d.id);
            const acknowledged = new Set(tablets.flatMap((t) => [...t.acknowledged]));
            for (const [id, m] of made) {
              const settled = [acknowledged.has(id), refused.has(id)].filter(Boolean).length;
              const member = about.get(id);
              expect(
                settled === 1 || (settled === 0 && member !== undefined && erased(member)),
                `${m.kind} ${id}: acknowledged ${acknowledged.has(id)}, refused ${refused.has(id)}`,
              ).toBe(true);
            }
            // The server holds exactly the acknowledged events, each once, but for those of a
            // member deleted or erased since: they went with her.
            const ackedEvents = [...made.values()]
              .filter((m) => m.kind === 'event.record' && acknowledged.has(m.id))
              .filter((m) => m.kind === 'event.record' && !removed(m.payload.memberId))
              .map((m) => m.entityId)
              .sort();
            expect(truth.events.map((e) => e.id)).toEqual(ackedEvents);

            // Last writer wins, field by field, by the clock the server admitted each change with:
            // the oracle names every field's winner; the server and every tablet hold it.
            const tabletMembers = await Promise.all(
              tablets.map(async (t) => new Map((await t.snapshot()).members.map((m) => [m.id, m.fields]))),
            );
            for (const member of truth.members) {
              const absorbed = truth.merges.filter((m) => m.into === member.id).map((m) => m.id);
              const expected = oracle.expected(member.id, absorbed);
              expect(member.fields, `server's ${member.id}`).toEqual(expected);
              for (const [i, fields] of tabletMembers.entries())
                expect(fields.get(member.id), `T${i}'s ${member.id}`).toEqual(expected);
            }
            // The store's settings: one record, the same on the server and every tablet.
            const stored = await server.db.db.selectFrom('store_settings').select('record').execute();
            const settings = stored[0]
              ? (JSON.parse(stored[0].record) as { fields: unknown }).fields
              : DEFAULT_STORE_SETTINGS;
            for (const [i, t] of tablets.entries())
              expect(
                (await t.db.settings.toArray()).map((r) => r.fields),
                `T${i}'s settings`,
              ).toEqual(stored[0] ? [settings] : []);
            // Field records: each the same on the server and every tablet.
            const records = await server.db.db
              .selectFrom('field_records')
              .select(['type', 'key', 'record'])
              .execute();
            const serverRecords = Object.fromEntries(
              records.map((r) => [
                `${r.type} ${r.key}`,
                (JSON.parse(r.record) as { fields: unknown }).fields,
              ]),
            );
            for (const [i, t] of tablets.entries()) {
              const rows = await t.db.records.toArray();
              expect(
                Object.fromEntries(rows.map((r) => [`${r.type} ${r.key}`, r.fields])),
                `T${i}'s field records`,
              ).toEqual(serverRecords);
            }
            stats.members += truth.members.length;
            stats.writes += oracle.counts.writes;
            stats.beyondLimit += oracle.counts.admittedBeyondLimit;
          } finally {
            for (const t of tablets) await t.close();
            await server.close();
          }
        },
      ),
      { numRuns: dialect === 'sqlite' ? 25 : 10, seed: SEED },
    );
    console.log(
      `last-writer-wins oracle on ${dialect}: ${stats.members} live members checked field by field ` +
        `against ${stats.writes} member writes, ${stats.beyondLimit} clocks admitted beyond the drift limit`,
    );
  }, 600_000);
});

async function run(o: Op, tablets: Tablet[], clock: ReturnType<typeof manualClock>): Promise<void> {
  if (o.kind === 'wait') return clock.advance(o.ms);
  const t = pick(tablets, o.tablet)!;
  const members = await t.db.members.toCollection().primaryKeys();
  const events = await t.db.events.filter((e) => e.kind !== 'void').primaryKeys();
  const member = 'member' in o ? pick(members, o.member) : undefined;
  switch (o.kind) {
    case 'sync':
      await t.sync();
      return;
    case 'sign-up':
      await signUpMember(t.deps, {
        fields: signUpFields(t.deps, {
          phone: PHONES[o.who]!,
          name: NAMES[o.who]!,
          cardNo: `20000000000${o.who}`,
        }),
      });
      return;
    case 'edit':
      if (member) await editMember(t.deps, member, { job: JOBS[o.job]! });
      return;
    case 'visit':
      if (member) await recordVisit(t.deps, member, {});
      return;
    case 'purchase':
      if (member)
        await recordPurchase(t.deps, member, {
          items: [{ styleNo: 'K-1', category: 'tops', size: 'M', quantity: o.quantity, unitPrice: 9_900 }],
        });
      return;
    case 'delete':
      if (member) await deleteMember(t.deps, member, '录错了');
      return;
    case 'erase':
      if (member) await eraseMember(t.deps, member, '顾客要求');
      return;
    case 'settings': {
      const rules = { ...DEFAULT_PROGRAMME_RULES, followUpDays: o.followUpDays ?? 7 };
      const edit = o.followUpDays === null ? { timeZone: ZONES[o.zone]! } : { rules };
      await saveStoreSettings(t.deps, t.enrolment.store.id, edit);
      return;
    }
    case 'record': {
      const [key, edit] = RECORD_EDITS[o.type](o.key, o.value, t.enrolment.staff.id);
      await saveFieldRecord(t.deps, o.type, key, edit);
      return;
    }
    case 'void': {
      const target = pick(events, o.event);
      if (target) await voidEvent(t.deps, target, '录错了');
      return;
    }
  }
}
