import {
  MemberFields,
  type Gender,
  type MemberFields as Fields,
  type SizeCategory,
} from '../../shared/schemas/member.schema';
import type { ImportField, ImportMapping, ImportRefusal } from '../../shared/schemas/import.schema';
import type { StaffId } from '../../shared/schemas/ids.schema';
import { normalisePhone } from '../../shared/domain/phone';
import { isCardNumber } from '../../shared/domain/card-number';
import { neutraliseFormula } from '../../shared/domain/formula-cells';
import { parseBirthday } from './dates';

/** What one row of the file gives: the member fields it has values for, and her opening balances. */
export interface RowValues {
  line: number;
  fields: Partial<Fields> & Pick<Fields, 'name' | 'phone'>;
  /** Spend before Floorbook, fen; null when the file has none. */
  openingSpend: number | null;
  /** Points balance before Floorbook; null when the file has none. */
  openingPoints: number | null;
  /** The values as they would be stored, for the preview. */
  shown: Partial<Record<ImportField, string>>;
}

export type RowCheck = { ok: true; row: RowValues } | { ok: false; refusal: ImportRefusal };

export interface RowContext {
  /** Active staff of the store by name, for the owner column. */
  staffByName: ReadonlyMap<string, StaffId>;
}

const GENDERS: Record<string, Gender> = {
  女: 'female',
  女士: 'female',
  f: 'female',
  female: 'female',
  woman: 'female',
  男: 'male',
  男士: 'male',
  m: 'male',
  male: 'male',
  man: 'male',
  未知: 'unspecified',
  保密: 'unspecified',
  其他: 'unspecified',
  unknown: 'unspecified',
  other: 'unspecified',
};

const SHAPE = MemberFields.shape;
const MAX_FEN = 100_000_000;
const MAX_POINTS = 1_000_000;

/**
 * Check one row against the mapping: every value as the member schema wants it, or the first
 * reason it cannot be (one reason a row, in column order of the fields below). Text is
 * neutralised against formulas first (domain/formula-cells.ts).
 */
export function checkRow(
  line: number,
  cells: readonly string[],
  mapping: ImportMapping,
  ctx: RowContext,
): RowCheck {
  const raw: Partial<Record<ImportField, string>> = {};
  mapping.forEach((field, col) => {
    if (field !== null) raw[field] = cells[col] ?? '';
  });
  const refuse = (reason: ImportRefusal['reason'], field?: ImportField): RowCheck => ({
    ok: false,
    refusal: field === undefined ? { line, reason } : { line, reason, field },
  });
  const shown: Partial<Record<ImportField, string>> = {};
  const text = (field: ImportField) => neutraliseFormula(raw[field] ?? '', 'in');

  const name = text('name');
  if (name === '') return refuse('name-missing', 'name');
  if (!SHAPE.name.safeParse(name).success) return refuse('name-invalid', 'name');
  shown.name = name;

  const phoneText = raw.phone ?? '';
  if (phoneText === '') return refuse('phone-missing', 'phone');
  const phone = normalisePhone(phoneText);
  if (phone === null) return refuse('phone-invalid', 'phone');
  shown.phone = phone;
  const fields: RowValues['fields'] = { name, phone };

  const card = (raw.cardNo ?? '').replace(/[\s-]/g, '');
  if (card !== '') {
    if (!isCardNumber(card)) return refuse('card-invalid', 'cardNo');
    fields.cardNo = card;
    shown.cardNo = card;
  }

  const gender = raw.gender ?? '';
  if (gender !== '') {
    const g = GENDERS[gender.toLowerCase()];
    if (g === undefined) return refuse('gender-invalid', 'gender');
    fields.gender = g;
    shown.gender = g;
  }

  const birthday = parseBirthday(raw.birthday ?? '');
  if (birthday === null) return refuse('birthday-invalid', 'birthday');
  if (birthday !== undefined) {
    fields.birthday = birthday;
    shown.birthday = `${birthday.calendar === 'lunar' ? '农历 ' : ''}${birthday.year ?? '----'}-${String(birthday.month).padStart(2, '0')}-${String(birthday.day).padStart(2, '0')}`;
  }

  const email = (raw.email ?? '').toLowerCase();
  if (email !== '') {
    if (!SHAPE.email.safeParse(email).success) return refuse('email-invalid', 'email');
    fields.email = email;
    shown.email = email;
  }

  for (const field of ['address', 'job', 'notes'] as const) {
    const value = text(field);
    if (value === '') continue;
    const key = field === 'notes' ? 'softNotes' : field;
    if (!SHAPE[key].safeParse(value).success) return refuse('text-invalid', field);
    fields[key] = value;
    shown[field] = value;
  }

  const sizes: Partial<Record<SizeCategory, string>> = {};
  for (const category of SIZE_CATEGORIES) {
    const field = `size.${category}` as const;
    const value = text(field);
    if (value === '') continue;
    if (!SHAPE.sizes.safeParse({ [category]: value }).success) return refuse('text-invalid', field);
    sizes[category] = value;
    shown[field] = value;
  }
  if (Object.keys(sizes).length > 0) fields.sizes = sizes;

  const owner = text('owner');
  if (owner !== '') {
    const id = ctx.staffByName.get(owner);
    if (id === undefined) return refuse('owner-unknown', 'owner');
    fields.ownerStaffId = id;
    shown.owner = owner;
  }

  const spendText = amountText(raw.totalSpend ?? '');
  let openingSpend: number | null = null;
  if (spendText !== '') {
    const yuan = Number(spendText);
    if (!/^\d+(\.\d+)?$/.test(spendText) || Math.round(yuan * 100) > MAX_FEN)
      return refuse('spend-invalid', 'totalSpend');
    openingSpend = Math.round(yuan * 100);
    shown.totalSpend = (openingSpend / 100).toFixed(2);
  }

  const pointsText = amountText(raw.points ?? '');
  let openingPoints: number | null = null;
  if (pointsText !== '') {
    const points = Number(pointsText);
    if (!/^-?\d+(\.0+)?$/.test(pointsText) || Math.abs(points) > MAX_POINTS)
      return refuse('points-invalid', 'points');
    openingPoints = points;
    shown.points = String(points);
  }

  return { ok: true, row: { line, fields, openingSpend, openingPoints, shown } };
}

/**
 * What a row held in each mapped column, as text (formula characters stripped): what a refused
 * row's preview shows, so the manager sees whose row it is and the value that was refused.
 */
export function heldValues(
  cells: readonly string[],
  mapping: ImportMapping,
): Partial<Record<ImportField, string>> {
  const held: Partial<Record<ImportField, string>> = {};
  mapping.forEach((field, col) => {
    const value = neutraliseFormula(cells[col] ?? '', 'in');
    if (field !== null && value !== '') held[field] = value;
  });
  return held;
}

const SIZE_CATEGORIES: readonly SizeCategory[] = [
  'tops',
  'bottoms',
  'dresses',
  'shoes',
  'outerwear',
  'accessories',
];

/** An amount as typed: ¥1,234.50, 1234.5元, 1 234. */
function amountText(cell: string): string {
  return cell
    .replace(/^[¥￥]/, '')
    .replace(/元$/, '')
    .replace(/[,，\s]/g, '');
}
