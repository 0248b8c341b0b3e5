import { beforeEach, describe, expect, test } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { FloorbookDb } from '../db/floorbook-db';
import type { CommandDeps } from './command-runner';
import { deleteMember, editMember, eraseMember, signUpMember } from './member-commands';
import { recordVisit } from './event-commands';
import { memberFields } from '../../../tests/fixtures/factories';
import { testTablet } from '../../../tests/fixtures/test-tablet';

const T0 = 1_800_000_000_000;
let db: FloorbookDb;
let deps: CommandDeps;
let clock: ReturnType<typeof testTablet>['clock'];

beforeEach(async () => {
  ({ db, deps, clock } = testTablet(T0));
  await db.open();
});

describe('signUpMember', () => {
  test('writes the member and its outbox entry together', async () => {
    const result = await signUpMember(deps, { fields: memberFields() });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await db.members.get(result.value.memberId);
    expect(row).toMatchObject({
      name: '张晓梅',
      phone: '13800138000',
      phoneTail: '8000',
      pinyin: 'zhangxiaomei',
      initials: 'zxm',
      lastVisitAt: 0,
      base: null,
    });
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.mutation).toMatchObject({ kind: 'member.create', entityId: result.value.memberId });
    expect(outbox[0]?.mutation.hlc).toBe(row?.createdHlc);
  });

  test.each(['members', 'outbox'] as const)(
    'writes nothing when storage refuses the %s write',
    async (table) => {
      db[table].hook('creating', () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      });
      const result = await signUpMember(deps, { fields: memberFields() });
      expect(result).toEqual({ ok: false, error: { code: 'storage', message: 'QuotaExceededError' } });
      expect(await db.members.count()).toBe(0);
      expect(await db.outbox.count()).toBe(0);
    },
  );

  test('refuses a name with markup and writes nothing', async () => {
    const result = await signUpMember(deps, { fields: memberFields({ name: '<b>张</b>' }) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', field: 'name', message: 'markup' } });
    expect(await db.members.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  test('offers the member who already has the phone number', async () => {
    const first = await signUpMember(deps, { fields: memberFields() });
    const second = await signUpMember(deps, {
      fields: memberFields({ name: '李娜', cardNo: '100000000002' }),
    });
    expect(first.ok && second).toEqual({
      ok: false,
      error: { code: 'phone-taken', memberId: first.ok && first.value.memberId },
    });
    expect(await db.members.count()).toBe(1);
  });

  test('orders each change after the last one even when the tablet clock goes backwards', async () => {
    await signUpMember(deps, { fields: memberFields() });
    clock.set(T0 - 3 * 3_600_000);
    await signUpMember(deps, { fields: memberFields({ phone: '13900139000', cardNo: '100000000002' }) });
    const [a, b] = (await db.outbox.orderBy('seq').toArray()).map((r) => r.mutation.hlc);
    expect(b! > a!).toBe(true);
  });
});

describe('editMember', () => {
  test('sends only the fields that changed, and renames update the search keys', async () => {
    const signed = await signUpMember(deps, { fields: memberFields() });
    if (!signed.ok) throw new Error('sign-up failed');
    const id = signed.value.memberId;
    const result = await editMember(deps, id, { name: '王芳', gender: 'female', job: '教师' });
    expect(result).toEqual({ ok: true, value: { memberId: id, changed: ['name', 'job'] } });
    const last = await db.outbox.orderBy('seq').last();
    expect(last?.mutation).toMatchObject({
      kind: 'member.update',
      payload: { fields: { name: '王芳', job: '教师' } },
    });
    expect(await db.members.get(id)).toMatchObject({ name: '王芳', pinyin: 'wangfang', initials: 'wf' });
  });

  test('keeps the server copy as the base of the first unsynced edit', async () => {
    const signed = await signUpMember(deps, { fields: memberFields() });
    if (!signed.ok) throw new Error('sign-up failed');
    const id = signed.value.memberId;
    // As if the sign-up had synced: the row is the server's record, with nothing pending.
    await db.outbox.clear();
    await db.members.update(id, { base: undefined });
    await editMember(deps, id, { job: '教师' });
    const row = await db.members.get(id);
    expect(row?.fields.job).toBe('教师');
    expect(row?.base?.record.fields.job).toBeNull();
  });

  test('answers not-found for a member this tablet does not know', async () => {
    expect(await editMember(deps, uuidv7() as never, { job: '教师' })).toEqual({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('eraseMember', () => {
  test('removes the member and their events from the tablet and queues the erasure', async () => {
    const signed = await signUpMember(deps, { fields: memberFields() });
    if (!signed.ok) throw new Error('sign-up failed');
    const id = signed.value.memberId;
    await recordVisit(deps, id, { notes: '试了两件外套' });
    expect(await eraseMember(deps, id, '顾客要求删除')).toEqual({ ok: true, value: { memberId: id } });
    expect(await db.members.get(id)).toBeUndefined();
    expect(await db.events.where('memberId').equals(id).count()).toBe(0);
    expect((await db.outbox.orderBy('seq').last())?.mutation.kind).toBe('member.erase');
  });
});

describe('deleteMember', () => {
  test('queues a tombstone with the reason', async () => {
    const signed = await signUpMember(deps, { fields: memberFields() });
    if (!signed.ok) throw new Error('sign-up failed');
    await deleteMember(deps, signed.value.memberId, '重复录入');
    expect((await db.outbox.orderBy('seq').last())?.mutation).toMatchObject({
      kind: 'member.delete',
      payload: { reason: '重复录入' },
    });
    expect(await db.members.count()).toBe(0);
  });
});
