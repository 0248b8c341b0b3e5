import { beforeEach, describe, expect, test } from 'vitest';
import type { MemberId } from '../../shared/schemas/ids.schema';
import type { FloorbookDb } from '../db/floorbook-db';
import type { CommandDeps } from './command-runner';
import { signUpMember } from './member-commands';
import { logContact, recordPurchase, recordVisit, voidEvent } from './event-commands';
import { memberFields } from '../../../tests/fixtures/factories';
import { testTablet } from '../../../tests/fixtures/test-tablet';

const T0 = 1_800_000_000_000;
let db: FloorbookDb;
let deps: CommandDeps;
let memberId: MemberId;
let clock: ReturnType<typeof testTablet>['clock'];

beforeEach(async () => {
  ({ db, deps, clock } = testTablet(T0));
  const signed = await signUpMember(deps, { fields: memberFields() });
  if (!signed.ok) throw new Error('sign-up failed');
  memberId = signed.value.memberId;
});

const item = (quantity: number, unitPrice: number) => ({
  styleNo: 'A123',
  category: 'tops' as const,
  size: 'M',
  quantity,
  unitPrice,
});

describe('recordPurchase', () => {
  test('totals quantity × unit price in fen and moves the last visit', async () => {
    clock.advance(60_000);
    const result = await recordPurchase(deps, memberId, { items: [item(2, 39_900), item(1, 12_050)] });
    if (!result.ok) throw new Error(result.error.code);
    const event = await db.events.get(result.value.eventId);
    expect(event).toMatchObject({ kind: 'purchase', memberId, payload: { total: 91_850 } });
    expect((await db.members.get(memberId))?.lastVisitAt).toBe(T0 + 60_000);
    const queued = await db.outbox.orderBy('seq').last();
    expect(queued?.mutation).toMatchObject({ kind: 'event.record', entityId: result.value.eventId });
  });

  test('refuses a purchase with no items', async () => {
    const result = await recordPurchase(deps, memberId, { items: [] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', field: 'items' } });
    expect(await db.events.count()).toBe(0);
  });
});

describe('logContact', () => {
  test('records the contact without counting it as a visit', async () => {
    const result = await logContact(deps, memberId, {
      channel: 'wechat',
      purpose: 'birthday',
      satisfaction: 5,
    });
    expect(result.ok).toBe(true);
    expect((await db.members.get(memberId))?.lastVisitAt).toBe(0);
  });
});

describe('voidEvent', () => {
  test('takes a voided visit out of the last visit, and refuses to void it twice', async () => {
    const first = await recordVisit(deps, memberId, {});
    clock.advance(3_600_000);
    const second = await recordVisit(deps, memberId, { liked: '米色风衣' });
    if (!first.ok || !second.ok) throw new Error('visit failed');
    expect((await db.members.get(memberId))?.lastVisitAt).toBe(T0 + 3_600_000);

    const voided = await voidEvent(deps, second.value.eventId, '记错了顾客');
    expect(voided.ok).toBe(true);
    expect((await db.members.get(memberId))?.lastVisitAt).toBe(T0);
    expect(await voidEvent(deps, second.value.eventId, '再次作废')).toEqual({
      ok: false,
      error: { code: 'already-voided' },
    });
  });
});
