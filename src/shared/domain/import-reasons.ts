import type { Language } from '../schemas/api-error.schema';
import type { ImportField, ImportReason, ImportRefusal } from '../schemas/import.schema';

/*
 * The sentences of an import's refusals, in both languages, for the tablet's report and the
 * command line alike. Plain objects, no zod: the tablet's report screen can import this cheaply.
 */

export const IMPORT_REASONS: Record<ImportReason, Record<Language, string>> = {
  'name-missing': { 'zh-CN': '没有姓名', en: 'No name' },
  'name-invalid': {
    'zh-CN': '姓名太长或含有不允许的字符',
    en: 'The name is too long or holds characters not allowed',
  },
  'phone-missing': { 'zh-CN': '没有手机号', en: 'No mobile number' },
  'phone-invalid': { 'zh-CN': '手机号不是 11 位大陆手机号', en: 'The phone is not an 11-digit mainland mobile' },
  'card-invalid': {
    'zh-CN': '卡号不是 12 位会员卡号（不映射卡号列即可发新卡号）',
    en: 'The card number is not a 12-digit member card (leave the column unmapped to issue new ones)',
  },
  'card-taken': { 'zh-CN': '卡号已属于另一位会员', en: 'The card number belongs to another member' },
  'gender-invalid': { 'zh-CN': '性别无法识别', en: 'The gender is not recognised' },
  'birthday-invalid': { 'zh-CN': '生日不是有效日期', en: 'The birthday is not a real date' },
  'email-invalid': { 'zh-CN': '邮箱格式不正确', en: 'The email address is not valid' },
  'text-invalid': {
    'zh-CN': '内容太长或含有不允许的字符',
    en: 'A value is too long or holds characters not allowed',
  },
  'spend-invalid': {
    'zh-CN': '累计消费不是 0 到 1,000,000 元之间的金额',
    en: 'The spend is not an amount between 0 and 1,000,000 yuan',
  },
  'points-invalid': {
    'zh-CN': '积分不是 -1,000,000 到 1,000,000 之间的整数',
    en: 'The points are not a whole number between -1,000,000 and 1,000,000',
  },
  'owner-unknown': { 'zh-CN': '专属导购不是本店员工', en: 'The owning associate is not on the staff list' },
  'duplicate-in-file': {
    'zh-CN': '与前面一行的手机号或卡号重复',
    en: 'Same phone or card number as an earlier line',
  },
  'phone-taken': {
    'zh-CN': '卡号和手机号分别属于两位会员',
    en: 'The card number and the phone belong to two different members',
  },
};

const FIELD_NAMES: Record<ImportField, Record<Language, string>> = {
  name: { 'zh-CN': '姓名', en: 'name' },
  phone: { 'zh-CN': '手机', en: 'phone' },
  cardNo: { 'zh-CN': '卡号', en: 'card number' },
  gender: { 'zh-CN': '性别', en: 'gender' },
  birthday: { 'zh-CN': '生日', en: 'birthday' },
  email: { 'zh-CN': '邮箱', en: 'email' },
  address: { 'zh-CN': '地址', en: 'address' },
  job: { 'zh-CN': '职业', en: 'job' },
  'size.tops': { 'zh-CN': '上衣尺码', en: 'top size' },
  'size.bottoms': { 'zh-CN': '裤装尺码', en: 'bottom size' },
  'size.dresses': { 'zh-CN': '裙装尺码', en: 'dress size' },
  'size.shoes': { 'zh-CN': '鞋码', en: 'shoe size' },
  'size.outerwear': { 'zh-CN': '外套尺码', en: 'outerwear size' },
  'size.accessories': { 'zh-CN': '配饰尺码', en: 'accessory size' },
  owner: { 'zh-CN': '专属导购', en: 'owning associate' },
  totalSpend: { 'zh-CN': '累计消费', en: 'spend to date' },
  points: { 'zh-CN': '积分', en: 'points' },
  notes: { 'zh-CN': '备注', en: 'notes' },
};

/** A field's name for the mapping screen and the report. */
export const importFieldName = (field: ImportField, language: Language): string =>
  FIELD_NAMES[field][language];

/** One refusal as a line of the report: 第 12 行：手机号不是… / Line 12: The phone is not… */
export function refusalSentence(r: ImportRefusal, language: Language): string {
  const reason = IMPORT_REASONS[r.reason][language];
  const field = r.field && r.reason === 'text-invalid' ? importFieldName(r.field, language) : null;
  if (language === 'zh-CN') {
    const where = r.firstLine === undefined ? '' : `（第 ${r.firstLine} 行）`;
    return `第 ${r.line} 行：${reason}${field ? `（${field}）` : ''}${where}`;
  }
  const where = r.firstLine === undefined ? '' : ` (line ${r.firstLine})`;
  return `Line ${r.line}: ${reason}${field ? ` (${field})` : ''}${where}`;
}
