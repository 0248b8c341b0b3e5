import type { MemberEvent } from '../../src/shared/schemas/event.schema';
import type { EventId, MemberId, StaffId } from '../../src/shared/schemas/ids.schema';
import { DEFAULT_PROGRAMME_RULES } from '../../src/shared/domain/programme/rules';
import { DEFAULT_TASK_CONFIG } from '../../src/shared/domain/tasks/task-config';
import { taskContext } from '../../src/shared/domain/tasks/task-context';
import { createTaskBook } from '../../src/shared/domain/tasks/task-book';
import type { TaskMember } from '../../src/shared/domain/tasks/task';
import { benchStore } from './bench-data';

export interface TasksRow {
  scenario: string;
  p50: number;
  max: number;
  /** Median CPU time of this process: wall time less what other work on the machine took. */
  cpuP50: number;
  tasks: number;
}

/** Wall and CPU milliseconds of `work`. */
function timed(work: () => void): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  work();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

/**
 * Today's tasks for one associate who owns `owned` of the store's members, on Node (the same
 * pure code the tablet runs): computed from scratch from her members' events, then recomputed
 * for one member after a purchase. Each is timed `rounds` times; the median and the slowest are
 * reported.
 */
export function tasksBench(memberCount: number, eventCount: number, owned: number, rounds = 7): TasksRow[] {
  const now = Date.now();
  const store = benchStore(memberCount, eventCount, now);
  const [her = '' as StaffId, other = '' as StaffId] = store.staffIds;
  const members: TaskMember[] = store.members.map((m, i) => ({
    id: m.id,
    createdAt: m.record.createdAt,
    fields: { ...m.record.fields, ownerStaffId: i < owned ? her : other },
  }));
  const ctx = taskContext({ now, timeZoneOffsetMinutes: 480 }, DEFAULT_PROGRAMME_RULES, DEFAULT_TASK_CONFIG);
  const states = new Map();

  // The store's events by member, as the tablet copy's memberId index hands them out: timed on
  // its own, since the tablet reads them from IndexedDB rather than grouping them in memory.
  let byMember = new Map<MemberId, MemberEvent[]>();
  const grouping = Array.from({ length: rounds }, () =>
    timed(() => {
      byMember = new Map();
      for (const e of store.events) {
        const list = byMember.get(e.memberId);
        if (list) list.push(e);
        else byMember.set(e.memberId, [e]);
      }
    }),
  );

  let book = createTaskBook(ctx);
  let count = 0;
  const full = Array.from({ length: rounds }, () =>
    timed(() => {
      book = createTaskBook(ctx);
      for (const m of members) if (m.fields.ownerStaffId === her) book.put(m, byMember.get(m.id) ?? []);
      count = book.today(her, states).length;
    }),
  );

  const update: { wall: number; cpu: number }[] = [];
  const buyer = members[0];
  if (!buyer) throw new Error('no members');
  const events = store.events.filter((e) => e.memberId === buyer.id);
  for (let round = 0; round < rounds; round++) {
    const sale: MemberEvent = {
      id: `bench-sale-${String(round)}` as EventId,
      memberId: buyer.id,
      staffId: her,
      at: now,
      kind: 'purchase',
      payload: {
        items: [{ styleNo: 'FW26-0001', category: 'dresses', size: 'M', quantity: 1, unitPrice: 89_900 }],
        total: 89_900,
      },
    };
    events.push(sale);
    update.push(
      timed(() => {
        book.put(buyer, events);
        count = book.today(her, states).length;
      }),
    );
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const row = (scenario: string, times: { wall: number; cpu: number }[]): TasksRow => ({
    scenario,
    p50: median(times.map((t) => t.wall)),
    max: Math.max(...times.map((t) => t.wall)),
    cpuP50: median(times.map((t) => t.cpu)),
    tasks: count,
  });
  return [
    row(`${String(eventCount)} events grouped by member`, grouping),
    row(
      `today's tasks, ${String(owned)} of ${String(memberCount)} members, ${String(eventCount)} events`,
      full,
    ),
    row('updated after one new purchase', update),
  ];
}

export function printTasksTable(rows: TasksRow[]): void {
  console.log('| scenario | ms (median) | ms (slowest) | CPU ms (median) | tasks listed |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const r of rows)
    console.log(
      `| ${r.scenario} | ${r.p50.toFixed(1)} | ${r.max.toFixed(1)} | ${r.cpuP50.toFixed(1)} | ${String(r.tasks)} |`,
    );
}
