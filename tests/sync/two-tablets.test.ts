import { describe, expect, test } from 'vitest';
import type { MemberId } from '../../src/shared/schemas/ids.schema';
import { RejectionCode } from '../../src/shared/sync/protocol.schema';
import { signUpMember, editMember, deleteMember } from '../../src/app/commands/member-commands';
import { recordPurchase, recordVisit, voidEvent } from '../../src/app/commands/event-commands';
import { resolveMemberId } from '../../src/app/db/tablet-copy';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import type { memberFields } from '../fixtures/factories';
import { signUpFields } from './fixtures/members';
import { SERVER_SYNC_READY, openTablet, type Tablet } from './fixtures/sync-harness';
import { syncBoth, twoTabletsEachTest } from './fixtures/two-tablets';

const T0 = 1_800_000_000_000;
const HOURS = 3_600_000;

describe.runIf(SERVER_SYNC_READY).each(TEST_DIALECTS)(
  'two tablets syncing through the server on %s',
  (dialect) => {
    const world = twoTabletsEachTest(dialect, T0);
    const { clock } = world;

    async function signUp(t: Tablet, overrides: Parameters<typeof memberFields>[0] = {}): Promise<MemberId> {
      const r = await signUpMember(t.deps, { fields: signUpFields(t.deps, overrides) });
      if (!r.ok) throw new Error(`sign-up refused: ${r.error.code}`);
      return r.value.memberId;
    }

    async function expectConverged() {
      const { server, a, b } = world;
      const truth = await server.snapshot();
      expect(await a.snapshot()).toEqual(truth);
      expect(await b.snapshot()).toEqual(truth);
      return truth;
    }

    test('offline work on two tablets converges', async () => {
      const { a, b } = world;
      const m1 = await signUp(a);
      await recordVisit(a.deps, m1, { notes: '喜欢米色' });
      clock.advance(60_000);
      const m2 = await signUp(b, { phone: '13900139000', cardNo: '100000000002', name: '李娜' });
      await recordPurchase(b.deps, m2, {
        items: [{ styleNo: 'K-2201', category: 'dresses', size: 'S', quantity: 1, unitPrice: 129_900 }],
      });
      await syncBoth(world);
      const truth = await expectConverged();
      expect(truth.members).toHaveLength(2);
      expect(truth.events).toHaveLength(2);
    });

    test('edits of different fields of one member on two tablets are both kept', async () => {
      const { a, b } = world;
      const m = await signUp(a);
      await syncBoth(world);
      await editMember(a.deps, m, { job: '教师' });
      await editMember(b.deps, m, { address: '南京西路 1 号' });
      await syncBoth(world);
      const truth = await expectConverged();
      expect(truth.members[0]?.fields).toMatchObject({ job: '教师', address: '南京西路 1 号' });
    });

    test('the later edit of the same field wins, even from a tablet whose clock is three hours slow', async () => {
      await world.a.close();
      world.a = await openTablet(world.server, 'slow A', { clock: () => clock.now() - 3 * HOURS });
      const { a, b } = world;
      const m = await signUp(b);
      await syncBoth(world);
      await editMember(b.deps, m, { job: '医生' });
      clock.advance(60_000);
      await editMember(a.deps, m, { job: '教师' });
      await syncBoth(world);
      const truth = await expectConverged();
      expect(truth.members[0]?.fields.job).toBe('教师');
    });

    test('a reply lost after the server committed: the retry is taken as a duplicate and nothing doubles', async () => {
      const { a } = world;
      const m = await signUp(a);
      await recordPurchase(a.deps, m, {
        items: [{ styleNo: 'K-2201', category: 'dresses', size: 'S', quantity: 2, unitPrice: 50_000 }],
      });
      a.fault = () => 'drop-reply';
      expect((await a.sync()).kind).toBe('retry');
      expect(await a.db.outbox.count()).toBe(2);
      a.fault = () => 'none';
      await syncBoth(world);
      const truth = await expectConverged();
      expect(truth.members).toHaveLength(1);
      expect(truth.events).toHaveLength(1);
      expect(await a.db.outbox.count()).toBe(0);
    });

    test('a refused change goes to the dead letters and the rest of the queue still syncs', async () => {
      const { a, b } = world;
      const m = await signUp(a);
      await syncBoth(world);
      await deleteMember(a.deps, m, '重复录入');
      expect(await a.sync()).toEqual({ kind: 'synced' });
      // B has not heard of the deletion yet and records a visit, then signs up someone else.
      b.offline = true;
      const visit = await recordVisit(b.deps, m, {});
      const other = await signUp(b, { phone: '13900139000', cardNo: '100000000002', name: '李娜' });
      b.offline = false;
      await syncBoth(world);
      if (!visit.ok) throw new Error('visit refused locally');
      const dead = await b.db.deadLetters.toArray();
      expect(dead.map((d) => d.mutation.entityId)).toEqual([visit.value.eventId]);
      expect(RejectionCode.options).toContain(dead[0]?.code);
      expect(b.status.get().deadLetters).toBe(1);
      const truth = await expectConverged();
      expect(truth.members.map((x) => x.id)).toEqual([other]);
    });

    test('the same phone signed up on two offline tablets becomes one member with every visit, and the old id redirects', async () => {
      const { a, b } = world;
      const first = await signUp(a, { name: '张晓梅' });
      await recordVisit(a.deps, first, { notes: '第一次到店' });
      clock.advance(60_000);
      const second = await signUp(b, { name: '张小梅', cardNo: '100000000002' });
      await recordVisit(b.deps, second, { notes: '另一台平板登记' });
      await syncBoth(world);
      const truth = await expectConverged();
      expect(truth.members.map((x) => x.id)).toEqual([first]);
      expect(truth.events.map((e) => e.memberId)).toEqual([first, first]);
      expect(await resolveMemberId(a.db, second)).toBe(first);
      expect(await resolveMemberId(b.db, second)).toBe(first);
    });

    test('a sale voided on two offline tablets is voided once: the later void is refused and shown', async () => {
      const { a, b } = world;
      const m = await signUp(a);
      const sale = await recordPurchase(a.deps, m, {
        items: [{ styleNo: 'K-2201', category: 'dresses', size: 'S', quantity: 1, unitPrice: 129_900 }],
      });
      if (!sale.ok) throw new Error('purchase refused locally');
      await syncBoth(world);
      const first = await voidEvent(a.deps, sale.value.eventId, '录错了');
      const second = await voidEvent(b.deps, sale.value.eventId, '顾客退货');
      if (!first.ok || !second.ok) throw new Error('void refused locally');
      await syncBoth(world);
      const dead = await b.db.deadLetters.toArray();
      expect(dead.map((d) => [d.mutation.entityId, d.code])).toEqual([
        [second.value.eventId, 'already-voided'],
      ]);
      const truth = await expectConverged();
      expect(truth.events.filter((e) => e.kind === 'void').map((e) => e.id)).toEqual([first.value.eventId]);
    });
  },
);
