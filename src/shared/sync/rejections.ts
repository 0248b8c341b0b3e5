import type { Language } from '../schemas/api-error.schema';
import type { RejectionCode } from './protocol.schema';

/** What staff read on a refused change (a dead letter), in the language of the tablet. */
export const REJECTION_MESSAGES: Record<RejectionCode, Record<Language, string>> = {
  invalid: { 'zh-CN': '这条改动的内容不完整或格式不对。', en: 'This change is incomplete or malformed.' },
  forbidden: { 'zh-CN': '没有权限做这项改动。', en: 'Not allowed to make this change.' },
  'unknown-member': { 'zh-CN': '服务器上找不到这位会员。', en: 'The server does not know this member.' },
  'member-gone': { 'zh-CN': '这位会员已被删除或注销。', en: 'This member was deleted or erased.' },
  'phone-taken': {
    'zh-CN': '这个手机号已属于另一位会员。',
    en: 'This phone number already belongs to another member.',
  },
  'total-mismatch': {
    'zh-CN': '购买金额与商品明细不符。',
    en: 'The purchase total does not match its items.',
  },
  'unknown-event': { 'zh-CN': '要作废的记录不存在。', en: 'The entry to void does not exist.' },
  'already-voided': {
    'zh-CN': '这条记录已经作废过了（可能是在另一台平板上）。',
    en: 'This entry was already voided (perhaps on another tablet).',
  },
};

/**
 * Codes added after protocol 1: the protocol that brought each, and the older code with the same
 * advice. A tablet parses refusal codes strictly (one it does not know fails the whole answer, and
 * the push would be retried for ever), so an older tablet is answered with the older code; the
 * message stays the precise one, and that is what staff read.
 */
const NEWER_CODES: Partial<Record<RejectionCode, { since: number; before: RejectionCode }>> = {
  'already-voided': { since: 3, before: 'unknown-event' },
};

/** The refusal code a tablet speaking `protocol` understands. */
export function rejectionCodeFor(code: RejectionCode, protocol: number): RejectionCode {
  const newer = NEWER_CODES[code];
  return newer && protocol < newer.since ? rejectionCodeFor(newer.before, protocol) : code;
}
