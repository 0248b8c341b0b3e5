import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { DeviceId, StaffId, StoreId } from '../../shared/schemas/ids.schema';
import type { DeviceEnrolment } from '../../shared/schemas/security.schema';
import { writeMeta } from '../db/meta';
import { useStaffSession } from '../state/staff-session.state';
import { openTabletRuntime, type TabletRuntime } from './tablet-runtime';
import { memberFields } from '../../../tests/fixtures/factories';

const HOUR = 3_600_000;
const enrolment: DeviceEnrolment = {
  store: { id: '0190a000-0000-7000-8000-0000000000a1' as StoreId, name: '静安嘉里中心店' },
  device: { id: '0190a000-0000-7000-8000-0000000000d1' as DeviceId, token: 'device-token' },
};
const li = {
  id: '0190a000-0000-7000-8000-000000000002' as StaffId,
  name: '李娜',
  role: 'associate' as const,
};
const chen = {
  id: '0190a000-0000-7000-8000-000000000003' as StaffId,
  name: '陈静',
  role: 'manager' as const,
};
let runtime: TabletRuntime;

beforeEach(() => {
  runtime = openTabletRuntime(enrolment, () => undefined);
});
afterEach(async () => {
  useStaffSession.getState().locked();
  await runtime.db.delete();
});

describe('the tablet’s commands', () => {
  test('stamp each change with whoever is signed in at that moment', async () => {
    const commands = await runtime.commands();
    useStaffSession.getState().signedIn(li, null, Date.now());
    const first = await commands.signUpMember({ fields: memberFields() });
    useStaffSession.getState().signedIn(chen, null, Date.now());
    if (!first.ok) throw new Error(first.error.code);
    await commands.recordVisit(first.value.memberId, {});
    const stamped = (await runtime.db.outbox.orderBy('seq').toArray()).map((r) => r.mutation);
    expect(stamped.map((m) => [m.kind, m.staffId, m.deviceId])).toEqual([
      ['member.create', li.id, enrolment.device.id],
      ['event.record', chen.id, enrolment.device.id],
    ]);
  });

  test('refuse a change while the tablet is locked, and write nothing', async () => {
    const commands = await runtime.commands();
    const r = await commands.signUpMember({ fields: memberFields() });
    expect(r).toEqual({ ok: false, error: { code: 'locked' } });
    expect(await runtime.db.members.count()).toBe(0);
    expect(await runtime.db.outbox.count()).toBe(0);
  });

  test('refuse a change once the sign-in has run out, even before the lock screen shows', async () => {
    const commands = await runtime.commands();
    useStaffSession.getState().signedIn(li, null, Date.now() - 13 * HOUR);
    expect(await commands.signUpMember({ fields: memberFields() })).toEqual({
      ok: false,
      error: { code: 'locked' },
    });
  });

  test('refuse changes 72 hours after the server last answered; what is stored still reads', async () => {
    const commands = await runtime.commands();
    useStaffSession.getState().signedIn(li, null, Date.now());
    const signed = await commands.signUpMember({ fields: memberFields() });
    if (!signed.ok) throw new Error(signed.error.code);
    await writeMeta(runtime.db, 'lastContactAt', Date.now() - 73 * HOUR);
    expect(await commands.recordVisit(signed.value.memberId, {})).toEqual({
      ok: false,
      error: { code: 'read-only' },
    });
    expect(await runtime.db.members.get(signed.value.memberId)).toMatchObject({ name: '张晓梅' });
    await writeMeta(runtime.db, 'lastContactAt', Date.now());
    expect((await commands.recordVisit(signed.value.memberId, {})).ok).toBe(true);
  });
});
