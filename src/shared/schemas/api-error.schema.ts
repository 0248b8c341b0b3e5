import { z } from 'zod';

/** One error shape for the whole API. `message` is in the user's language. */
export const ApiErrorBody = z.strictObject({
  code: z.string(),
  message: z.string(),
  field: z.string().optional(),
  retryable: z.boolean(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

export type Language = 'zh-CN' | 'en';

/** Messages for every error code the server sends, in both languages the product speaks. */
export const API_ERROR_MESSAGES = {
  'invalid-body': { 'zh-CN': '提交的内容格式不正确。', en: 'The request is not in the expected form.' },
  'invalid-field': {
    'zh-CN': '有一项填写不正确，请检查。',
    en: 'One of the fields is not valid; please check it.',
  },
  'invalid-json': { 'zh-CN': '提交的内容无法读取。', en: 'The request could not be read.' },
  'bad-url': { 'zh-CN': '请求的地址无效。', en: 'The address of the request is not valid.' },
  'body-too-large': {
    'zh-CN': '一次提交的内容太多，请分批同步。',
    en: 'Too much data in one request; send it in smaller batches.',
  },
  'too-many-mutations': { 'zh-CN': '一次同步的改动太多。', en: 'Too many changes in one batch.' },
  'setup-done': { 'zh-CN': '门店已经设置过了。', en: 'This store has already been set up.' },
  'weak-password': {
    'zh-CN': '密码太弱：至少 10 位，并包含字母和数字。',
    en: 'The password is too weak: at least 10 characters with letters and digits.',
  },
  unauthenticated: { 'zh-CN': '请先登录或绑定这台平板。', en: 'Please sign in or enrol this tablet first.' },
  'device-revoked': { 'zh-CN': '这台平板已被停用。', en: 'This tablet has been revoked.' },
  forbidden: { 'zh-CN': '你没有权限做这件事。', en: 'You are not allowed to do that.' },
  'not-found': { 'zh-CN': '找不到该内容。', en: 'Not found.' },
  'wrong-credentials': { 'zh-CN': '姓名或密码不正确。', en: 'Name or password is not correct.' },
  'wrong-pin': { 'zh-CN': 'PIN 码不正确。', en: 'That PIN is not correct.' },
  'pin-locked': {
    'zh-CN': '输错次数太多，已暂时锁定，请稍后再试或请店长重置 PIN 码。',
    en: 'Too many wrong PINs: locked for now. Try again later or ask a manager to reset the PIN.',
  },
  'weak-pin': {
    'zh-CN': 'PIN 码太简单：至少 6 位数字，不能是重复或连续的数字。',
    en: 'That PIN is too easy to guess: at least 6 digits, not repeated or in a run.',
  },
  'no-pin': { 'zh-CN': '这位员工还没有设置 PIN 码。', en: 'This staff member has no PIN yet.' },
  'session-required': {
    'zh-CN': '请先输入你的 PIN 码确认身份（需要联网）。',
    en: 'Enter your PIN to confirm it is you (needs the network).',
  },
  'session-expired': {
    'zh-CN': '登录已过期，请重新输入 PIN 码。',
    en: 'Your sign-in has expired; enter your PIN again.',
  },
  'enrol-code-invalid': {
    'zh-CN': '绑定码无效、已用过或已过期，请让店长重新生成。',
    en: 'That enrol code is wrong, used or expired; ask a manager for a new one.',
  },
  'cannot-revoke-self': {
    'zh-CN': '不能停用正在使用的这台平板。',
    en: 'You cannot revoke the tablet you are using.',
  },
  'name-taken': {
    'zh-CN': '已有同名的人用密码登录，请用能区分的姓名（例如加上门店名）。',
    en: 'Someone who signs in with a password has that name already; add the store to tell them apart.',
  },
  'last-owner': {
    'zh-CN': '门店至少要保留一位店主。',
    en: 'The store must keep at least one owner.',
  },
  'app-outdated': {
    'zh-CN': '应用版本太旧，请更新后再同步。',
    en: 'This app is out of date; update it to keep syncing.',
  },
  'pos-key-revoked': {
    'zh-CN': '这个 POS 密钥已被撤销，请店主新发一个。',
    en: 'This POS key has been revoked; ask the owner for a new one.',
  },
  'day-in-future': {
    'zh-CN': '这一天还没到，不能录入它的数字。',
    en: 'That day has not come yet; its figures cannot be entered.',
  },
  'rate-limited': { 'zh-CN': '尝试太频繁，请稍后再试。', en: 'Too many attempts; try again shortly.' },
  'server-error': {
    'zh-CN': '服务器出错了，稍后会自动重试。',
    en: 'The server had a problem; it will be retried.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type ApiErrorCode = keyof typeof API_ERROR_MESSAGES;

export function pickLanguage(acceptLanguage: string | undefined): Language {
  return acceptLanguage?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}
