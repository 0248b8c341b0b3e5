import { beforeAll, describe, expect, test } from 'vitest';
import type { ChainStores } from '../../src/shared/schemas/chain.schema';
import type { MemberId } from '../../src/shared/schemas/ids.schema';
import type { Mutation } from '../../src/shared/sync/protocol.schema';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { securityWorld, WORLD_NOW } from '../fixtures/security-world';
import { staffHeaders } from '../fixtures/security-api';
import { mutationMaker, push } from '../fixtures/sync-api';
import { memberFields } from '../fixtures/factories';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A day's VIP-sales target, set on a tablet as the targets page does. */
function dayTarget(maker: ReturnType<typeof mutationMaker>, key: string, vipSalesFen: number): Mutation {
  const { id, deviceId, staffId, hlc } = maker.visit('0190a000-0000-7000-8000-0000000000ee' as MemberId);
  return {
    id,
    deviceId,
    staffId,
    hlc,
    kind: 'dayTarget.update',
    entity: 'dayTarget',
    entityId: key,
    payload: { fields: { vipSalesFen } },
  };
}

/**
 * Head office's today and month to date, in the store's own days: the world's now is 15 January
 * 2027, 16:00 in Shanghai (the store's zone by default), so its month began at 16:00 UTC on 31
 * December.
 */
describe.each(TEST_DIALECTS)('head office: each store’s VIP sales against its targets, on %s', (dialect) => {
  const w = securityWorld(dialect);

  beforeAll(async () => {
    const maker = mutationMaker(w.owner, WORLD_NOW - 20 * DAY);
    const member = maker.create(memberFields({ name: '钱芳', phone: '13900000001', cardNo: '200000000001' }));
    const who = member.entityId as MemberId;
    maker.at(Date.UTC(2026, 11, 31, 12)); // 20:00 on 31 December in Shanghai: last month there
    const lastMonth = maker.purchase(who, 99_900);
    maker.at(WORLD_NOW - 5 * DAY);
    const earlier = maker.purchase(who, 20_000);
    maker.at(WORLD_NOW - HOUR);
    const today = maker.purchase(who, 30_000);
    const targets = [
      dayTarget(maker, '2026-12-31', 777),
      dayTarget(maker, '2027-01-10', 100_000),
      dayTarget(maker, '2027-01-15', 50_000),
    ];
    const res = await push(w.app, w.owner.device.token, [member, lastMonth, earlier, today], undefined);
    expect(res.statusCode).toBe(200);
    const set = await push(w.app, w.owner.device.token, targets, w.owner.session.token);
    expect(set.json<{ results: { status: string }[] }>().results.map((r) => r.status)).toEqual(
      targets.map(() => 'applied'),
    );
  });

  test('today and the month to date count the store’s own days, with the targets set for them', async () => {
    const res = await w.app.inject({
      method: 'GET',
      url: '/api/chain/stores',
      headers: staffHeaders(w.owner.device.token, w.owner.session.token),
    });
    expect(res.statusCode).toBe(200);
    const mine = res.json<ChainStores>().stores.find((s) => s.id === w.owner.store.id);
    expect(mine).toMatchObject({
      vipToday: { salesFen: 30_000, targetFen: 50_000 },
      vipMonthToDate: { salesFen: 50_000, targetFen: 150_000 },
    });
  });
});
