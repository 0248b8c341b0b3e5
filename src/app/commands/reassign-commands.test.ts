import { beforeEach, describe, expect, test } from 'vitest';
import type { FloorbookDb } from '../db/floorbook-db';
import type { MemberId, StaffId } from '../../shared/schemas/ids.schema';
import type { CommandDeps } from './command-runner';
import { deleteMember, editMember, signUpMember } from './member-commands';
import { recordVisit } from './event-commands';
import { reassignMembers, undoReassignment } from './reassign-commands';
import { memberFields, newStaffId } from '../../../tests/fixtures/factories';
import { testTablet } from '../../../tests/fixtures/test-tablet';
import { generateRoster, memberRowOf } from '../../../tests/fixtures/member-roster';
import { tabletCommandDeps } from '../../../tests/sync/fixtures/members';
import { initI18n } from '../i18n/i18n';
import { commandErrorText } from '../features/member/command-error';

let db: FloorbookDb;
let deps: CommandDeps;
/** The same tablet with Lina, an associate, signed in. */
let lina: CommandDeps;
const LINA = newStaffId();
const ZHOU = newStaffId();

beforeEach(async () => {
  const tablet = testTablet();
  ({ db, deps } = tablet);
  lina = tabletCommandDeps(db, { ...tablet.session, staffId: LINA, role: 'associate' }, tablet.clock.now);
  await db.open();
});

async function signUp(n: number, owner: StaffId | null): Promise<MemberId> {
  const phone = `1380013${String(n).padStart(4, '0')}`;
  const r = await signUpMember(deps, {
    fields: memberFields({ phone, cardNo: String(100_000_000_000 + n), ownerStaffId: owner }),
  });
  if (!r.ok) throw new Error(r.error.code);
  return r.value.memberId;
}

/** Members as if pulled from the server: many at once, where signing each up would be slow. */
async function pulled(count: number, owner: (n: number) => StaffId): Promise<MemberId[]> {
  const roster = generateRoster(count).map((m, n) => ({ ...m, ownerStaffId: owner(n) }));
  await db.members.bulkPut(roster.map(memberRowOf));
  return roster.map((m) => m.id);
}

const ownerOf = async (id: MemberId) => (await db.members.get(id))?.fields.ownerStaffId;

describe('reassignMembers', () => {
  test('moves each member by an owner edit in the outbox, and her history stays hers', async () => {
    const her = await signUp(1, LINA);
    await recordVisit(deps, her, {});
    await db.outbox.clear();
    const outcome = await reassignMembers(deps, [{ memberId: her, to: ZHOU }]);
    expect(outcome).toEqual({ moved: [{ memberId: her, from: LINA, to: ZHOU }], failure: null });
    expect(await ownerOf(her)).toBe(ZHOU);
    const queued = (await db.outbox.toArray()).map((r) => r.mutation);
    expect(queued).toMatchObject([
      { kind: 'member.update', entityId: her, payload: { fields: { ownerStaffId: ZHOU } } },
    ]);
    expect(await db.events.where('memberId').equals(her).count()).toBe(1);
  });

  test('moves hundreds in batches, telling progress after each, and leaves members already there alone', async () => {
    const ids = await pulled(450, (n) => (n === 0 ? ZHOU : LINA));
    const seen: number[] = [];
    const outcome = await reassignMembers(
      deps,
      ids.map((memberId) => ({ memberId, to: ZHOU })),
      (done) => seen.push(done),
    );
    expect(seen).toEqual([200, 400, 450]);
    expect(outcome.moved).toHaveLength(449);
    expect(await db.outbox.count()).toBe(449);
    expect(await db.members.filter((m) => m.fields.ownerStaffId === ZHOU).count()).toBe(450);
  });

  test('skips a member removed since the list was shown', async () => {
    const gone = await signUp(1, LINA);
    const kept = await signUp(2, LINA);
    await deleteMember(deps, gone, '录错了');
    const outcome = await reassignMembers(deps, [
      { memberId: gone, to: ZHOU },
      { memberId: kept, to: ZHOU },
    ]);
    expect(outcome.moved.map((m) => m.memberId)).toEqual([kept]);
  });

  test('stops at a batch storage refuses, keeping the batches before it', async () => {
    const ids = await pulled(250, () => LINA);
    let writes = 0;
    db.outbox.hook('creating', () => {
      if (++writes > 200) throw new DOMException('full', 'QuotaExceededError');
    });
    const outcome = await reassignMembers(
      deps,
      ids.map((memberId) => ({ memberId, to: ZHOU })),
    );
    expect(outcome.moved).toHaveLength(200);
    expect(outcome.failure).toEqual({ code: 'storage', message: 'QuotaExceededError' });
    expect(await ownerOf(ids[249] as MemberId)).toBe(LINA);
  });
});

describe('undoReassignment', () => {
  test('puts every member back with the associate she had, nobody included', async () => {
    const a = await signUp(1, LINA);
    const b = await signUp(2, null);
    const { moved } = await reassignMembers(deps, [
      { memberId: a, to: ZHOU },
      { memberId: b, to: ZHOU },
    ]);
    await undoReassignment(deps, moved);
    expect([await ownerOf(a), await ownerOf(b)]).toEqual([LINA, null]);
  });
});

describe('on an associate’s tablet', () => {
  test('moving a member, even to herself, is refused in words, and nothing is written or queued', async () => {
    const hers = await signUp(1, ZHOU);
    await db.outbox.clear();
    for (const to of [LINA, null]) {
      const outcome = await reassignMembers(lina, [{ memberId: hers, to }]);
      expect(outcome).toEqual({ moved: [], failure: { code: 'forbidden', least: 'manager' } });
    }
    expect(await ownerOf(hers)).toBe(ZHOU);
    expect(await db.outbox.count()).toBe(0);
    const failure = { code: 'forbidden', least: 'manager' } as const;
    expect(commandErrorText(initI18n('zh-CN').t, failure)).toBe(
      '只有店长或店主可以做这项改动，这次改动没有保存。请让店长或店主用自己的 PIN 码登录后再做。',
    );
    expect(commandErrorText(initI18n('en').t, failure)).toMatch(
      /^Only a manager or the owner can make this change/,
    );
  });

  test('she still signs a member up as her own and edits the rest of a profile', async () => {
    const r = await signUpMember(lina, {
      fields: memberFields({ phone: '13800130001', cardNo: '100000000001', ownerStaffId: LINA }),
    });
    if (!r.ok) throw new Error(r.error.code);
    expect(await ownerOf(r.value.memberId)).toBe(LINA);
    expect(await editMember(lina, r.value.memberId, { job: '教师', ownerStaffId: LINA })).toMatchObject({
      ok: true,
      value: { changed: ['job'] },
    });
    expect((await db.outbox.toArray()).map((row) => row.mutation.kind)).toEqual([
      'member.create',
      'member.update',
    ]);
  });
});
