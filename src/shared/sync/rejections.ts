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
};
