import type { ContactEvent, MemberEvent } from '../../schemas/event.schema';
import type { EventId, MemberId, StaffId } from '../../schemas/ids.schema';
import type { Birthday } from '../../schemas/member.schema';
import { DEFAULT_PROGRAMME_RULES } from '../programme/rules';
import type { TaskMember } from './task';
import { DEFAULT_TASK_CONFIG, type TaskConfig } from './task-config';
import { taskContext, type TaskContext } from './task-context';

// Builders for the task rules' tests: members and events as a tablet holds them, days in Shanghai.
const CHINA = 480;
export const uuid = (n: number) => `00000000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
export const HER = uuid(1) as MemberId;
export const ASSOCIATE = uuid(2) as StaffId;
export const SELLER = uuid(3) as StaffId;
export const eventId = (n: number) => uuid(1000 + n) as EventId;

/** Milliseconds at noon (or `hour`) of a Shanghai day. */
export const shanghai = (year: number, month: number, day: number, hour = 12) =>
  Date.UTC(year, month - 1, day, hour) - CHINA * 60_000;

export function contextOn(
  year: number,
  month: number,
  day: number,
  config: Partial<TaskConfig> = {},
): TaskContext {
  return taskContext(
    { now: shanghai(year, month, day), timeZoneOffsetMinutes: CHINA },
    DEFAULT_PROGRAMME_RULES,
    { ...DEFAULT_TASK_CONFIG, ...config },
  );
}

export function member(
  options: {
    birthday?: Birthday | null;
    marketing?: boolean;
    owner?: StaffId | null;
    createdAt?: number;
    id?: MemberId;
  } = {},
): TaskMember {
  return {
    id: options.id ?? HER,
    createdAt: options.createdAt ?? shanghai(2020, 1, 1),
    fields: {
      name: '张晓梅',
      gender: 'female',
      birthday: options.birthday ?? null,
      ownerStaffId: options.owner === undefined ? ASSOCIATE : options.owner,
      consent: {
        record: true,
        marketing: options.marketing ?? true,
        noticeVersion: '2026-01',
        language: 'zh-CN',
        at: shanghai(2020, 1, 1),
        staffId: ASSOCIATE,
      },
    },
  };
}

export function purchase(n: number, at: number, memberId = HER): MemberEvent {
  return {
    id: eventId(n),
    memberId,
    staffId: SELLER,
    at,
    kind: 'purchase',
    payload: {
      items: [{ styleNo: 'W26-118', category: 'dresses', size: 'M', quantity: 1, unitPrice: 89_900 }],
      total: 89_900,
    },
  };
}

export function visit(n: number, at: number, memberId = HER): MemberEvent {
  return { id: eventId(n), memberId, staffId: SELLER, at, kind: 'visit', payload: {} };
}

export function contact(
  n: number,
  at: number,
  purpose: ContactEvent['payload']['purpose'],
  memberId = HER,
): MemberEvent {
  return {
    id: eventId(n),
    memberId,
    staffId: ASSOCIATE,
    at,
    kind: 'contact',
    payload: { channel: 'wechat', purpose },
  };
}

export function voidOf(n: number, target: MemberEvent, at: number): MemberEvent {
  return {
    id: eventId(n),
    memberId: target.memberId,
    staffId: SELLER,
    at,
    kind: 'void',
    payload: { targetId: target.id, reason: '录错' },
  };
}
