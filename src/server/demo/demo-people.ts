import type { Birthday, MemberFields, SizeCategory } from '../../shared/schemas/member.schema';
import type { StaffId } from '../../shared/schemas/ids.schema';
import { newCardNumber } from '../../shared/domain/card-number';
import { SEARCH_EXAMPLES } from '../../shared/domain/search-examples';
import type { Random } from './random';

// Common surnames by frequency, and characters often found in given names.
// One character each, split once here (all are in the Basic Multilingual Plane).
const chars = (s: string): readonly string[] => s.match(/./gu) ?? [];
const SURNAMES = chars(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢',
);
const GIVEN_FEMALE = chars('晓梅丽娜静敏婷雪芳颖琳燕红霞玲欣怡佳慧莉萍倩悦诗雨嘉宁璐瑶涵菲薇');
const GIVEN_MALE = chars('伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波宇浩凯健俊帆');
const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '157',
  '158',
  '159',
  '176',
  '177',
  '180',
  '182',
  '186',
  '187',
  '188',
  '189',
  '198',
];
const JOBS = [
  '教师',
  '医生',
  '设计师',
  '公务员',
  '会计',
  '律师',
  '企业主',
  '销售经理',
  '工程师',
  '自由职业',
  '银行职员',
  '全职妈妈',
];
const HOBBIES = [
  '瑜伽',
  '旅行',
  '烘焙',
  '摄影',
  '跑步',
  '读书',
  '插花',
  '网球',
  '游泳',
  '看展',
  '咖啡',
  '茶艺',
];
const PREFERENCES = [
  '真丝',
  '羊绒',
  '连衣裙',
  '小香风',
  '阔腿裤',
  '风衣',
  '针织衫',
  '莫兰迪色',
  '黑白灰',
  '刺绣',
  '高腰',
  '宽松版型',
];
const DISLIKES = ['荧光色', '紧身', '亮片', '豹纹', '低腰', '化纤面料', '大印花'];
const LETTER_SIZES = ['XS', 'S', 'M', 'L', 'XL'];

export function demoName(r: Random, gender: 'female' | 'male'): string {
  const given = gender === 'female' ? GIVEN_FEMALE : GIVEN_MALE;
  const surname = r.pick(SURNAMES);
  const first = r.pick(given);
  return r.chance(0.25) ? surname + first : surname + first + r.pick(given);
}

/** A valid mainland mobile number, unique within one demo store (the index is mixed in). */
export function demoPhone(r: Random, index: number): string {
  const prefix = r.pick(MOBILE_PREFIXES);
  const body = String((index * 7919 + r.int(0, 7918)) % 100_000_000).padStart(8, '0');
  return prefix + body;
}

function demoBirthday(r: Random, today: Date): Birthday | null {
  if (r.chance(0.08)) return null;
  const year = today.getUTCFullYear() - r.int(20, 62);
  const calendar = r.chance(0.3) ? 'lunar' : 'solar';
  return { calendar, year, month: r.int(1, 12), day: r.int(1, calendar === 'lunar' ? 29 : 28) };
}

function pickSome<T>(r: Random, items: readonly T[], max: number): T[] {
  const n = r.int(0, max);
  const chosen = new Set<T>();
  while (chosen.size < n) chosen.add(r.pick(items));
  return [...chosen];
}

function demoSizes(r: Random, gender: 'female' | 'male'): Partial<Record<SizeCategory, string>> {
  const letter = r.pick(LETTER_SIZES);
  const sizes: Partial<Record<SizeCategory, string>> = { tops: letter, outerwear: letter };
  if (r.chance(0.8)) sizes.bottoms = String(gender === 'female' ? r.int(25, 31) : r.int(29, 36));
  if (r.chance(0.6)) sizes.shoes = String(gender === 'female' ? r.int(35, 39) : r.int(40, 44));
  if (gender === 'female' && r.chance(0.7)) sizes.dresses = letter;
  return sizes;
}

/**
 * A member as staff at the sign-up table would fill her in: some profiles rich, many
 * thin (the seeds complain of cards with only a surname), so completeness varies.
 */
/**
 * The `index`th demo member as `owner` signed her up at `createdAt`: six in ten agree to
 * marketing, and her card and profile are drawn from `r` after that, in that order.
 */
export function demoSignUp(
  r: Random,
  index: number,
  owner: StaffId,
  createdAt: number,
  today: Date,
): MemberFields {
  const consent = {
    record: true,
    marketing: r.chance(0.6),
    noticeVersion: '2026-01',
    language: 'zh-CN' as const,
    at: createdAt,
    staffId: owner,
  };
  return demoMemberFields(
    r,
    index,
    newCardNumber(() => r.next()),
    owner,
    consent,
    today,
  );
}

export function demoMemberFields(
  r: Random,
  index: number,
  cardNo: string,
  ownerStaffId: MemberFields['ownerStaffId'],
  consent: MemberFields['consent'],
  today: Date,
): MemberFields {
  // The first member is the one the search hint's examples find (8000, 张晓梅, zxm, the card);
  // her phone lies above every other member's range (demoPhone), so it is hers alone.
  // Her profile is full, as an example should be.
  const example = index === 0;
  const gender = example || r.chance(0.82) ? 'female' : 'male';
  const rich = example || r.chance(0.55);
  const name = demoName(r, gender);
  const phone = demoPhone(r, index);
  return {
    cardNo: example ? SEARCH_EXAMPLES.cardNo : cardNo,
    name: example ? SEARCH_EXAMPLES.name : name,
    gender,
    phone: example ? SEARCH_EXAMPLES.phone : phone,
    birthday: demoBirthday(r, today),
    email: rich && r.chance(0.5) ? `member${index}@example.cn` : null,
    address: rich && r.chance(0.6) ? `上海市静安区南京西路${r.int(100, 1999)}号` : null,
    sizes: demoSizes(r, gender),
    job: rich ? r.pick(JOBS) : null,
    family: rich ? r.pick(['single', 'married', 'married-with-children'] as const) : null,
    personality:
      rich && r.chance(0.7)
        ? r.pick(['outgoing', 'reserved', 'decisive', 'hesitant', 'detail-minded'] as const)
        : null,
    styles: rich
      ? pickSome(r, ['casual', 'business', 'elegant', 'sporty', 'minimal', 'trendy', 'classic'] as const, 3)
      : [],
    hobbies: rich ? pickSome(r, HOBBIES, 3) : [],
    preferredService: rich ? r.pick(['attentive', 'space', 'expert-advice', 'quick'] as const) : null,
    promotionReceptiveness: rich ? r.pick(['high', 'medium', 'low'] as const) : null,
    preferences: example ? ['真丝', '莫兰迪色', '阔腿裤'] : pickSome(r, PREFERENCES, rich ? 4 : 1),
    dislikes: rich ? pickSome(r, DISLIKES, 2) : [],
    softNotes: example || (rich && r.chance(0.3)) ? '喜欢周末下午来店，提前留好新款。' : null,
    ownerStaffId,
    consent,
  };
}

/** The demo's staff and their PINs (README, `npm run demo`); each passes `pinProblems`. */
export const DEMO_STAFF: readonly { name: string; role: 'manager' | 'associate'; pin: string }[] = [
  { name: '陈店长', role: 'manager', pin: '370914' },
  { name: '李娜', role: 'associate', pin: '461825' },
  { name: '周婷', role: 'associate', pin: '529370' },
  { name: '吴佳', role: 'associate', pin: '603718' },
  { name: '郑欣', role: 'associate', pin: '714296' },
  { name: '孙悦', role: 'associate', pin: '835062' },
];
