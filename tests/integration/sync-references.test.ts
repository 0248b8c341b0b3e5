import { beforeEach, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import type { MemberId, StaffId } from '../../src/shared/schemas/ids.schema';
import type { AuditEntry } from '../../src/shared/schemas/security.schema';
import type { Mutation, PushResponse } from '../../src/shared/sync/protocol.schema';
import { TEST_DIALECTS, type TestDatabase } from '../fixtures/test-databases';
import { testServer } from '../fixtures/test-server';
import { mutationMaker, push } from '../fixtures/sync-api';
import { addStaff, staffHeaders } from '../fixtures/security-api';
import { memberFields } from '../fixtures/factories';

const NOW = 1_800_000_000_000;
const OTHER_STORE = '0190b000-0000-7000-8000-000000000001';
const OTHER_STAFF = '0190b000-0000-7000-8000-000000000002' as StaffId;
const OTHER_MEMBER = '0190b000-0000-7000-8000-000000000003' as MemberId;
const NOBODY = '0190b000-0000-7000-8000-0000000000ff' as StaffId;

// Issue 10, item 4: ids inside a change or an audit line must be of the pushing tablet's store.
describe.each(TEST_DIALECTS)('ids of another store inside a change on %s', (dialect) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let tablet: Enrolment;
  let make: ReturnType<typeof mutationMaker>;

  beforeEach(async () => {
    ({ db, app, owner: tablet } = await testServer(dialect, { seed: 'store', now: NOW }));
    make = mutationMaker(tablet, NOW - 60_000);
    await db.db
      .insertInto('stores')
      .values({ id: OTHER_STORE, name: '另一店', created_at: NOW, seq: 2, purged_seq: 0 })
      .execute();
    await db.db
      .insertInto('staff')
      .values({
        id: OTHER_STAFF,
        store_id: OTHER_STORE,
        name: '赵敏',
        role: 'associate',
        password_hash: null,
        pin_verifier: null,
        created_at: NOW,
        disabled_at: null,
        seq: 1,
      })
      .execute();
    await db.db
      .insertInto('members')
      .values({
        id: OTHER_MEMBER,
        store_id: OTHER_STORE,
        seq: 2,
        state: 'deleted',
        merged_into: null,
        phone: null,
        record: null,
        pinyin: '',
        initials: '',
        created_hlc: '',
        updated_at: NOW,
      })
      .execute();
  });

  /** `session`: the owner's server session, which moving a member to another associate needs. */
  async function outcomes(mutations: Mutation[], session?: string) {
    const res = await push(app, tablet.device.token, mutations, session);
    expect(res.statusCode, res.body).toBe(200);
    return res
      .json<PushResponse>()
      .results.map((r) => (r.status === 'rejected' ? { code: r.code, field: r.field } : r.status));
  }

  const withConsentBy = (m: Mutation, staffId: StaffId): Mutation =>
    m.kind === 'member.create'
      ? {
          ...m,
          payload: {
            ...m.payload,
            fields: { ...m.payload.fields, consent: { ...m.payload.fields.consent, staffId } },
          },
        }
      : m;
  const servedBy = (m: Mutation, staffId: StaffId): Mutation =>
    m.kind === 'event.record' ? { ...m, payload: { ...m.payload, staffId } } : m;

  test('a purchase served by another store’s staff, or by no one, is refused naming the field', async () => {
    const signUp = make.create(memberFields());
    const id = signUp.entityId as MemberId;
    expect(
      await outcomes([
        signUp,
        servedBy(make.purchase(id, 9_900), OTHER_STAFF),
        servedBy(make.visit(id), NOBODY),
        make.purchase(id, 9_900),
      ]),
    ).toEqual([
      'applied',
      { code: 'forbidden', field: 'payload.staffId' },
      { code: 'forbidden', field: 'payload.staffId' },
      'applied',
    ]);
  });

  test('a member owned by, or whose consent was taken by, another store’s staff is refused', async () => {
    const signUp = make.create(memberFields());
    const id = signUp.entityId as MemberId;
    expect(
      await outcomes(
        [
          withConsentBy(make.create(memberFields({ phone: '13900000001' })), OTHER_STAFF),
          make.create(memberFields({ phone: '13900000002', ownerStaffId: NOBODY })),
          signUp,
          make.update(id, { ownerStaffId: OTHER_STAFF }),
          make.update(id, { ownerStaffId: tablet.staff.id }),
        ],
        tablet.session.token,
      ),
    ).toEqual([
      { code: 'forbidden', field: 'payload.fields.consent.staffId' },
      { code: 'forbidden', field: 'payload.fields.ownerStaffId' },
      'applied',
      { code: 'forbidden', field: 'payload.fields.ownerStaffId' },
      'applied',
    ]);
  });

  test('staff who have left this store still count for changes made while they worked', async () => {
    const left = await addStaff(app, tablet, { name: '李娜', role: 'associate', pin: '461825' });
    await db.db.updateTable('staff').set({ disabled_at: NOW }).where('id', '=', left.id).execute();
    const signUp = make.create(memberFields({ ownerStaffId: left.id }));
    expect(await outcomes([signUp, servedBy(make.visit(signUp.entityId as MemberId), left.id)])).toEqual([
      'applied',
      'applied',
    ]);
  });

  test('POST /api/audit keeps no member id of another store', async () => {
    const signUp = make.create(memberFields());
    await outcomes([signUp]);
    const entry = (memberId: MemberId): AuditEntry => ({
      id: uuidv7(),
      at: NOW,
      staffId: tablet.staff.id,
      action: 'profile.view',
      memberId,
    });
    const entries = [entry(signUp.entityId as MemberId), entry(OTHER_MEMBER)];
    const res = await app.inject({
      method: 'POST',
      url: '/api/audit',
      headers: staffHeaders(tablet.device.token),
      payload: { entries },
    });
    expect(res.json()).toEqual({ stored: 2 });
    const rows = await db.db
      .selectFrom('audit_log')
      .select(['id', 'member_id'])
      .where(
        'id',
        'in',
        entries.map((e) => e.id),
      )
      .execute();
    expect(new Map(rows.map((r) => [r.id, r.member_id]))).toEqual(
      new Map([
        [entries[0]!.id, signUp.entityId],
        [entries[1]!.id, null],
      ]),
    );
  });
});
