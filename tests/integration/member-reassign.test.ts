import { beforeEach, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import type { MemberId, StaffId } from '../../src/shared/schemas/ids.schema';
import type { MemberFields } from '../../src/shared/schemas/member.schema';
import { MemberRecord } from '../../src/shared/schemas/member.schema';
import type { Mutation, PushResponse } from '../../src/shared/sync/protocol.schema';
import { REJECTION_MESSAGES } from '../../src/shared/sync/rejections';
import { TEST_DIALECTS, type TestDatabase } from '../fixtures/test-databases';
import { floorStaff, testServer } from '../fixtures/test-server';
import { mutationMaker, mutationMakerFor, push } from '../fixtures/sync-api';
import { memberFields } from '../fixtures/factories';

const NOW = 1_800_000_000_000;

// Issue 14: only a manager hands a client book out. The push decides by the role of the staff
// member the change names, and asks for her server session beside the tablet's credential.
describe.each(TEST_DIALECTS)('moving a member to another associate, pushed on %s', (dialect) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let owner: Enrolment;
  let memberId: MemberId;
  let staff: ReturnType<typeof floorStaff>;

  beforeEach(async () => {
    const server = await testServer(dialect, { now: NOW });
    ({ db, app, owner } = server);
    staff = floorStaff(server);
    // The owner's member, signed up on her tablet: nobody looks after her yet.
    const created = mutationMaker(owner, NOW).create(memberFields({ ownerStaffId: null }));
    memberId = created.entityId as MemberId;
    expect(await result(created)).toMatchObject({ status: 'applied' });
  });

  /** Changes made by `by` on the owner's tablet, as it would queue them. */
  const madeBy = (by: StaffId) => mutationMakerFor(owner, by, NOW + 1_000);
  const result = async (m: Mutation, session?: string) =>
    (await push(app, owner.device.token, [m], session)).json<PushResponse>().results[0];
  const ownerOf = async (id: MemberId) => {
    const row = await db.db
      .selectFrom('members')
      .select('record')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return MemberRecord.parse(JSON.parse(row.record!)).fields.ownerStaffId;
  };
  const snapshot = async () => ({
    members: await db.db.selectFrom('members').selectAll().orderBy('id').execute(),
    audit: await db.db.selectFrom('audit_log').select(['action', 'member_id']).execute(),
  });

  test('an associate’s edit naming the owner is refused forbidden, signed in or not, and changes nothing', async () => {
    const before = await snapshot();
    for (const to of [staff.associate.id, staff.manager.id]) {
      for (const session of [staff.associate.session, undefined]) {
        const edit = madeBy(staff.associate.id).update(memberId, { ownerStaffId: to });
        expect(await result(edit, session)).toEqual({
          id: edit.id,
          status: 'rejected',
          code: 'forbidden',
          message: REJECTION_MESSAGES.forbidden['zh-CN'],
        });
      }
    }
    // Hidden among fields she may edit, it is refused whole.
    const mixed = madeBy(staff.associate.id).update(memberId, {
      job: '教师',
      ownerStaffId: staff.associate.id,
    });
    expect(await result(mixed, staff.associate.session)).toMatchObject({
      status: 'rejected',
      code: 'forbidden',
    });
    expect(await snapshot()).toEqual(before);
    expect(await ownerOf(memberId)).toBeNull();
  });

  test('her other edits are taken as before, with the tablet’s credential alone', async () => {
    const edit = madeBy(staff.associate.id).update(memberId, { job: '教师' });
    expect(await result(edit)).toMatchObject({ status: 'applied' });
  });

  test('a manager’s is taken with her server session, audited, and refused without it', async () => {
    const without = madeBy(staff.manager.id).update(memberId, { ownerStaffId: staff.associate.id });
    expect(await result(without)).toMatchObject({ status: 'rejected', code: 'forbidden', field: 'session' });
    expect(await ownerOf(memberId)).toBeNull();

    const edit = madeBy(staff.manager.id).update(memberId, { ownerStaffId: staff.associate.id });
    expect(await result(edit, staff.manager.session)).toMatchObject({ status: 'applied' });
    expect(await ownerOf(memberId)).toBe(staff.associate.id);
    const lines = await db.db
      .selectFrom('audit_log')
      .select(['action', 'staff_id', 'detail'])
      .where('action', '=', 'member.edit')
      .execute();
    expect(lines).toEqual([
      {
        action: 'member.edit',
        staff_id: staff.manager.id,
        detail: JSON.stringify({ fields: 'ownerStaffId' }),
      },
    ]);
  });

  test('queued offline, the author’s role counts: not the role of whoever holds the tablet at sync', async () => {
    // A manager's move pushed while an associate is signed in: refused, her session is not there.
    const managers = madeBy(staff.manager.id).update(memberId, { ownerStaffId: staff.associate.id });
    expect(await result(managers, staff.associate.session)).toMatchObject({
      status: 'rejected',
      code: 'forbidden',
      field: 'session',
    });
    // An associate's move pushed while a manager is signed in: refused, it is still hers.
    const associates = madeBy(staff.associate.id).update(memberId, { ownerStaffId: staff.associate.id });
    expect(await result(associates, staff.manager.session)).toMatchObject({
      status: 'rejected',
      code: 'forbidden',
    });
    expect(await ownerOf(memberId)).toBeNull();
  });

  test('a sign-up of a phone already on a card someone looks after leaves the card with her associate', async () => {
    const hers = madeBy(staff.manager.id).update(memberId, { ownerStaffId: staff.manager.id });
    expect(await result(hers, staff.manager.session)).toMatchObject({ status: 'applied' });
    const { phone } = await db.db
      .selectFrom('members')
      .select('phone')
      .where('id', '=', memberId)
      .executeTakeFirstOrThrow();
    // Made later than the manager's move: its fields are the newer.
    const again = mutationMakerFor(owner, staff.associate.id, NOW + 5_000).create(
      memberFields({ phone: phone!, cardNo: '200000000002', ownerStaffId: staff.associate.id }),
    );
    expect(await result(again)).toMatchObject({ status: 'applied' });
    expect(await ownerOf(memberId)).toBe(staff.manager.id);
  });

  test('an associate signs a new member up as her own, with the tablet’s credential alone', async () => {
    const fields: MemberFields = memberFields({
      phone: '13900139000',
      cardNo: '200000000001',
      ownerStaffId: staff.associate.id,
    });
    const signUp = madeBy(staff.associate.id).create(fields);
    expect(await result(signUp)).toMatchObject({ status: 'applied' });
    expect(await ownerOf(signUp.entityId as MemberId)).toBe(staff.associate.id);
  });
});
