import type { ImportField } from '../../shared/schemas/import.schema';

/*
 * Headers stores use for member columns, Chinese and English, each normalised as `headerKey`
 * does (no spaces, brackets or their contents, punctuation; lower case). 尺码 alone is the top's
 * size: a clothing store's one size column is the top's.
 */
const KNOWN: Record<ImportField, readonly string[]> = {
  name: [
    '姓名',
    '会员姓名',
    '客户姓名',
    '顾客姓名',
    '名字',
    'name',
    'fullname',
    'customername',
    'membername',
  ],
  phone: [
    '手机',
    '手机号',
    '手机号码',
    '电话',
    '联系电话',
    '电话号码',
    '移动电话',
    '联系方式',
    'phone',
    'mobile',
    'mobilephone',
    'phonenumber',
    'tel',
    'telephone',
    'cell',
  ],
  cardNo: [
    '卡号',
    '会员卡号',
    '会员号',
    '会员卡',
    'card',
    'cardno',
    'cardnumber',
    'memberno',
    'membershipno',
  ],
  gender: ['性别', 'gender', 'sex'],
  birthday: [
    '生日',
    '出生日期',
    '出生年月日',
    '出生年月',
    '生日日期',
    'birthday',
    'birthdate',
    'dateofbirth',
    'dob',
  ],
  email: ['邮箱', '电子邮箱', '电子邮件', 'email', 'e-mail', 'mail'],
  address: ['地址', '住址', '联系地址', '家庭住址', 'address'],
  job: ['职业', '工作', 'job', 'occupation'],
  'size.tops': ['尺码', '上衣尺码', '衣服尺码', '服装尺码', '服装码数', '码数', 'size', 'topsize'],
  'size.bottoms': ['裤装尺码', '裤子尺码', '裤码', '下装尺码', 'bottomsize', 'pantssize', 'trousersize'],
  'size.dresses': ['裙装尺码', '裙子尺码', '裙码', 'dresssize'],
  'size.shoes': ['鞋码', '鞋子尺码', '鞋号', 'shoesize'],
  'size.outerwear': ['外套尺码', '大衣尺码', 'outerwearsize', 'coatsize'],
  'size.accessories': ['配饰尺码', 'accessorysize'],
  owner: [
    '专属导购',
    '导购',
    '导购员',
    '服务导购',
    '所属导购',
    '归属导购',
    '专属顾问',
    'owner',
    'associate',
    'salesassociate',
    'staff',
  ],
  totalSpend: [
    '累计消费',
    '消费金额',
    '累计消费金额',
    '总消费',
    '消费总额',
    'totalspend',
    'spend',
    'totalspent',
    'lifetimespend',
  ],
  points: ['积分', '积分余额', '当前积分', '可用积分', '剩余积分', 'points', 'pointsbalance', 'balance'],
  notes: ['备注', '说明', '备注信息', 'notes', 'note', 'remarks', 'remark', 'comment', 'comments'],
};

const BY_KEY = new Map<string, ImportField>(
  (Object.entries(KNOWN) as [ImportField, readonly string[]][]).flatMap(([field, keys]) =>
    keys.map((k) => [k, field] as const),
  ),
);

/** A header as compared: 累计消费（元） and "Total Spend (CNY)" lose their unit, spaces and case. */
export function headerKey(header: string): string {
  return header
    .replace(/[(（[【].*?[)）\]】]/g, '')
    .replace(/[\s_.:：#*/\\]/g, '')
    .toLowerCase();
}

/** The field a header names, or null. */
export const recogniseHeader = (header: string): ImportField | null => BY_KEY.get(headerKey(header)) ?? null;

/**
 * The mapping a header row suggests: each recognised field once, on its first column. Remembered
 * choices of the store (header key → field or null) come first.
 */
export function suggestMapping(
  headers: readonly string[],
  remembered: ReadonlyMap<string, ImportField | null> = new Map(),
): { mapping: (ImportField | null)[]; remembered: boolean[] } {
  const taken = new Set<ImportField>();
  const mapping: (ImportField | null)[] = [];
  const fromMemory: boolean[] = [];
  for (const h of headers) {
    const key = headerKey(h);
    const known = remembered.has(key);
    const field = known ? (remembered.get(key) ?? null) : recogniseHeader(h);
    const free = field !== null && !taken.has(field) ? field : null;
    if (free) taken.add(free);
    mapping.push(free);
    fromMemory.push(known && key !== '');
  }
  return { mapping, remembered: fromMemory };
}

/** How many cells of a row are known headers: the header row is the one with the most. */
export const recognisedCount = (cells: readonly string[]): number =>
  cells.filter((c) => recogniseHeader(c) !== null).length;

/** How many of the first non-blank rows may stand above the header (titles, a merged group row). */
export const HEADER_SEARCH_ROWS = 10;
