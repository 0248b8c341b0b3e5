import { describe, expect, test } from 'vitest';
import { canMutate, leastRoleFor, needsServerSession, type ChangeSubject } from './permissions';
import type { MemberFields } from '../schemas/member.schema';
import type { StaffId } from '../schemas/ids.schema';
import type { MemberEventKind } from '../schemas/event.schema';
import { Mutation } from '../sync/protocol.schema';
import { encodeHlc } from '../sync/hlc';
import { MAX_POINTS_ADJUSTMENT, pointsAdjustmentProblem } from './points-adjustment';

// Only the kinds and the fields edited matter to a permission; the payloads are left bare.
const change = (kind: 'member.create' | 'member.update' | 'member.delete' | 'member.erase') =>
  ({ kind, payload: { fields: {} } }) as ChangeSubject;
const edit = (fields: Partial<MemberFields>) =>
  ({ kind: 'member.update', payload: { fields } }) as ChangeSubject;
const event = (kind: MemberEventKind) => ({ kind: 'event.record', payload: { kind } }) as ChangeSubject;

describe('who may make which change', () => {
  test('associates record the floor and keep profiles, but remove nothing', () => {
    for (const subject of [
      change('member.create'),
      change('member.update'),
      event('visit'),
      event('purchase'),
    ])
      expect(canMutate('associate', subject)).toBe(true);
    expect(canMutate('associate', change('member.delete'))).toBe(false);
    expect(canMutate('associate', change('member.erase'))).toBe(false);
  });
  test('a manager removes a record entered by mistake; only the owner erases a member', () => {
    expect(canMutate('manager', change('member.delete'))).toBe(true);
    expect(canMutate('manager', change('member.erase'))).toBe(false);
    expect(canMutate('owner', change('member.erase'))).toBe(true);
  });
  test('adjusting points is a manager’s act, with her server session, never an associate’s', () => {
    expect(canMutate('associate', event('points'))).toBe(false);
    expect(canMutate('manager', event('points'))).toBe(true);
    expect(canMutate('owner', event('points'))).toBe(true);
    expect(needsServerSession(event('points'))).toBe(true);
    expect(needsServerSession(event('visit'))).toBe(false);
  });
});

describe('moving a member to another associate', () => {
  const LINA = '0190c000-0000-7000-8000-00000000000a' as StaffId;

  test('is a manager’s act, with her server session: an edit naming the owner, to anyone or to nobody', () => {
    for (const subject of [edit({ ownerStaffId: LINA }), edit({ ownerStaffId: null, job: '教师' })]) {
      expect(leastRoleFor(subject)).toBe('manager');
      expect(canMutate('associate', subject)).toBe(false);
      expect(canMutate('manager', subject)).toBe(true);
      expect(canMutate('owner', subject)).toBe(true);
      expect(needsServerSession(subject)).toBe(true);
    }
  });

  test('an associate still edits the rest of a profile, and signs a member up as her own', () => {
    expect(canMutate('associate', edit({ job: '教师', softNotes: '喜欢真丝' }))).toBe(true);
    expect(needsServerSession(edit({ job: '教师' }))).toBe(false);
    const signUp = { kind: 'member.create', payload: { fields: { ownerStaffId: LINA } } } as ChangeSubject;
    expect(canMutate('associate', signUp)).toBe(true);
    expect(needsServerSession(signUp)).toBe(false);
  });
});

describe('pointsAdjustmentProblem', () => {
  test(`holds an adjustment to ±${MAX_POINTS_ADJUSTMENT} whole points, not zero, with a reason`, () => {
    expect(pointsAdjustmentProblem({ delta: MAX_POINTS_ADJUSTMENT, reason: '活动赠送' })).toBeNull();
    expect(pointsAdjustmentProblem({ delta: -MAX_POINTS_ADJUSTMENT, reason: '补录' })).toBeNull();
    expect(pointsAdjustmentProblem({ delta: MAX_POINTS_ADJUSTMENT + 1, reason: '活动赠送' })).toBe('delta');
    expect(pointsAdjustmentProblem({ delta: -1_000_000, reason: '活动赠送' })).toBe('delta');
    expect(pointsAdjustmentProblem({ delta: 0, reason: '活动赠送' })).toBe('delta');
    expect(pointsAdjustmentProblem({ delta: 50, reason: ' ' })).toBe('reason');
  });

  test('is the rule of every points change the tablet queues and the server applies', () => {
    const points = (delta: number, reason: string) => ({
      id: '0190c000-0000-7000-8000-000000000001',
      deviceId: '0190c000-0000-7000-8000-000000000002',
      staffId: '0190c000-0000-7000-8000-000000000003',
      hlc: encodeHlc({ wall: 1, counter: 0, node: '0190c000-0000-7000-8000-000000000002' }),
      kind: 'event.record',
      entity: 'event',
      entityId: '0190c000-0000-7000-8000-000000000004',
      payload: {
        id: '0190c000-0000-7000-8000-000000000004',
        memberId: '0190c000-0000-7000-8000-000000000005',
        staffId: '0190c000-0000-7000-8000-000000000003',
        at: 1,
        kind: 'points',
        payload: { delta, reason },
      },
    });
    const issue = (m: unknown) => Mutation.safeParse(m).error?.issues[0]?.path.join('.');
    expect(issue(points(1_000_000, '活动赠送'))).toBe('payload.payload.delta');
    expect(issue(points(500, ''))).toBe('payload.payload.reason');
    expect(Mutation.safeParse(points(500, '活动赠送')).success).toBe(true);
  });
});
