import { beforeEach, describe, expect, test } from 'vitest';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import { encodeHlc } from '../../src/shared/sync/hlc';
import {
  ChangesPage,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  type Mutation,
  type PushResponse,
} from '../../src/shared/sync/protocol.schema';
import type { FieldRecordFields, FieldRecordType } from '../../src/shared/domain/field-record-types';
import { writeFieldRecord } from '../../src/server/sync/field-record-edit';
import { memoryPokeBus } from '../../src/server/sync/poke-bus';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { testServer, type TestServer } from '../fixtures/test-server';
import { mutationMaker, push } from '../fixtures/sync-api';
import { taskId } from '../../src/shared/domain/tasks/task-id';
import type { MemberId } from '../../src/shared/schemas/ids.schema';
import { secondStore } from '../fixtures/security-world';
import { memberFields, newEventId, newMutationId } from '../fixtures/factories';

const NOW = 1_800_000_000_000;

/** Field records (decision 0016) through the server: roles, stores, audit, and the service path. */
describe.each(TEST_DIALECTS)('field records on %s', (dialect) => {
  let s: TestServer;
  let counter = 0;
  beforeEach(async () => {
    s = await testServer(dialect, { now: NOW });
  });

  /** A `<type>.update` from `tablet`, made by `staffId`. */
  function edit<N extends FieldRecordType>(
    tablet: Enrolment,
    staffId: string,
    type: N,
    key: string,
    fields: Partial<FieldRecordFields[N]>,
  ): Mutation {
    return {
      id: newMutationId(),
      deviceId: tablet.device.id,
      staffId,
      hlc: encodeHlc({ wall: NOW - 1_000, counter: counter++, node: tablet.device.id }),
      kind: `${type}.update`,
      entity: type,
      entityId: key,
      payload: { fields },
    } as unknown as Mutation;
  }

  const pushAs = async (role: 'owner' | 'manager' | 'associate', mutations: Mutation[]) => {
    const res = await push(s.app, s.owner.device.token, mutations, s.staff[role]!.session);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<PushResponse>().results;
  };
  const staffOf = (role: 'manager' | 'associate') => s.staff[role]!.card.id;

  const pulled = async (token: string, protocol = PROTOCOL_VERSION) => {
    const res = await s.app.inject({
      method: 'GET',
      url: '/api/sync/pull?cursor=',
      headers: { authorization: `Bearer ${token}`, [PROTOCOL_HEADER]: String(protocol) },
    });
    expect(res.statusCode, res.body).toBe(200);
    return ChangesPage.parse(res.json()).changes.filter((c) => c.type !== 'settings');
  };

  const audit = () =>
    s.db.db
      .selectFrom('audit_log')
      .select(['action', 'staff_id', 'detail'])
      .where('action', 'like', '%Day.change')
      .execute();

  test("a manager's till figures are taken, pulled field by field, and audited by field name", async () => {
    const manager = staffOf('manager');
    const results = await pushAs('manager', [
      edit(s.owner, manager, 'tillDay', '2027-01-05', { salesFen: 1_234_500, tickets: 31 }),
      edit(s.owner, manager, 'tillDay', '2027-01-05', { pieces: 58 }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const [change] = await pulled(s.owner.device.token);
    expect(change).toMatchObject({
      type: 'tillDay',
      change: { record: { key: '2027-01-05', fields: { salesFen: 1_234_500, tickets: 31, pieces: 58 } } },
    });
    expect(await audit()).toEqual([
      {
        action: 'tillDay.change',
        staff_id: manager,
        detail: JSON.stringify({ key: '2027-01-05', fields: 'salesFen,tickets' }),
      },
      {
        action: 'tillDay.change',
        staff_id: manager,
        detail: JSON.stringify({ key: '2027-01-05', fields: 'pieces' }),
      },
    ]);
  });

  test("an associate's till figures are refused, and a bad key or field is invalid", async () => {
    const associate = staffOf('associate');
    const manager = staffOf('manager');
    expect(
      await pushAs('associate', [edit(s.owner, associate, 'tillDay', '2027-01-05', { tickets: 3 })]),
    ).toMatchObject([{ status: 'rejected', code: 'forbidden' }]);
    const bad = await pushAs('manager', [
      edit(s.owner, manager, 'tillDay', '2027-02-30', { tickets: 3 }),
      edit(s.owner, manager, 'dayTarget', '2027-01-05', { vipShareBp: 10_001 }),
    ]);
    expect(bad).toMatchObject([
      { status: 'rejected', code: 'invalid', field: 'entityId' },
      { status: 'rejected', code: 'invalid', field: 'payload.fields.vipShareBp' },
    ]);
    expect(await pulled(s.owner.device.token)).toEqual([]);
    expect(await audit()).toEqual([]);
  });

  test("an associate's task state is taken; naming staff of another store is refused", async () => {
    const associate = staffOf('associate');
    const other = await secondStore(s.db, NOW);
    const done = { state: 'done', reason: null, byStaffId: associate, ownerStaffId: null } as const;
    const results = await pushAs('associate', [
      edit(s.owner, associate, 'taskState', 'follow-up:2027-01-05:m1', done),
      edit(s.owner, associate, 'taskState', 'follow-up:2027-01-05:m2', { ownerStaffId: other.staff.id }),
    ]);
    expect(results).toMatchObject([
      { status: 'applied' },
      { status: 'rejected', code: 'forbidden', field: 'payload.fields.ownerStaffId' },
    ]);
    const manager = staffOf('manager');
    const target = await pushAs('manager', [
      edit(s.owner, manager, 'staffTarget', `${other.staff.id}/2027-Q1`, { newCards: 9 }),
    ]);
    expect(target).toMatchObject([{ status: 'rejected', code: 'forbidden', field: 'entityId' }]);
    expect((await pulled(s.owner.device.token)).map((c) => c.type)).toEqual(['taskState']);
  });

  test("erasing a member takes her task states with her, and refuses a later one; others' stay", async () => {
    const make = mutationMaker(s.owner, NOW - 5_000);
    const her = make.create(memberFields({ name: '张晓梅', phone: '13800138001' }));
    const other = make.create(memberFields({ name: '王芳', phone: '13800138002', cardNo: '100000000002' }));
    const herId = her.entityId as MemberId;
    const otherId = other.entityId as MemberId;
    const associate = staffOf('associate');
    const skipped = {
      state: 'skipped',
      reason: '她在外地出差',
      byStaffId: associate,
      ownerStaffId: null,
    } as const;
    const herTasks = [taskId('follow-up', herId, newEventId()), taskId('birthday', herId, '2027-01-05')];
    const otherTask = taskId('birthday', otherId, '2027-01-05');
    const before = await pushAs('owner', [
      her,
      other,
      ...[...herTasks, otherTask].map((key) => edit(s.owner, associate, 'taskState', key, skipped)),
    ]);
    expect(before.map((r) => r.status)).toEqual(Array(5).fill('applied'));

    expect((await pushAs('owner', [make.erase(herId)])).map((r) => r.status)).toEqual(['applied']);
    const kept = await s.db.db.selectFrom('field_records').select(['type', 'key']).execute();
    expect(kept).toEqual([{ type: 'taskState', key: otherTask }]);
    expect(
      (await pulled(s.owner.device.token)).flatMap((c) =>
        c.type === 'taskState' ? [c.change.record.key] : [],
      ),
    ).toEqual([otherTask]);
    // A tablet that skipped her task offline, before it heard of the erasure: refused, not written back.
    const late = await pushAs('associate', [
      edit(s.owner, associate, 'taskState', herTasks[1] ?? '', skipped),
    ]);
    expect(late).toEqual([
      expect.objectContaining({ status: 'rejected', code: 'member-gone', field: 'entityId' }),
    ]);
    expect(await s.db.db.selectFrom('field_records').select('key').execute()).toEqual([{ key: otherTask }]);
  });

  test("a store's records are its own: the same key in another store is another record", async () => {
    const manager = staffOf('manager');
    await pushAs('manager', [edit(s.owner, manager, 'dayTarget', '2027-01-05', { newCards: 4 })]);
    const other = await secondStore(s.db, NOW);
    const res = await push(
      s.app,
      other.device.token,
      [edit(other, other.staff.id, 'dayTarget', '2027-01-05', { newCards: 40, followUps: 2 })],
      other.session.token,
    );
    expect(res.json<PushResponse>().results).toMatchObject([{ status: 'applied' }]);
    expect((await pulled(s.owner.device.token))[0]).toMatchObject({
      change: { record: { fields: { newCards: 4 } } },
    });
    expect((await pulled(other.device.token))[0]).toMatchObject({
      change: { record: { fields: { newCards: 40, followUps: 2 } } },
    });
  });

  test("a service's write takes the store's next clock, pokes the store's tablets and is audited", async () => {
    const pokes = memoryPokeBus();
    const poked: string[] = [];
    pokes.subscribe(s.owner.store.id, () => poked.push('poke'));
    const deps = { db: s.db.db, pokes, now: NOW };
    const write = {
      storeId: s.owner.store.id,
      type: 'tillDay',
      source: 'pos',
      actor: { deviceId: null, staffId: null },
    } as const;
    expect(await writeFieldRecord(deps, { ...write, key: '2027-01-05', edit: { salesFen: -1 } })).toEqual({
      ok: false,
      code: 'invalid',
      field: 'salesFen',
    });
    expect(
      await writeFieldRecord(deps, { ...write, key: '2027-01-05', edit: { salesFen: 880_000 } }),
    ).toEqual({
      ok: true,
      fields: ['salesFen'],
    });
    expect(poked).toEqual(['poke']);
    const [change] = await pulled(s.owner.device.token);
    const record = change?.type === 'tillDay' ? change.change.record : undefined;
    expect(record?.fields).toEqual({ salesFen: 880_000 });
    expect(record?.clocks.salesFen).toMatch(/:server:pos$/);
    // A tablet's later edit of the same field still wins over it.
    const manager = staffOf('manager');
    const later = { ...edit(s.owner, manager, 'tillDay', '2027-01-05', { salesFen: 900_000 }) };
    later.hlc = encodeHlc({ wall: NOW + 1_000, counter: 0, node: s.owner.device.id });
    await pushAs('manager', [later]);
    expect((await pulled(s.owner.device.token))[0]).toMatchObject({
      change: { record: { fields: { salesFen: 900_000 } } },
    });
    expect((await audit())[0]).toMatchObject({
      action: 'tillDay.change',
      staff_id: null,
      detail: JSON.stringify({ key: '2027-01-05', fields: 'salesFen', source: 'pos' }),
    });
  });
});
