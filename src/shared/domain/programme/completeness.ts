import type { MemberFieldName, MemberFields } from '../../schemas/member.schema';

/**
 * The profile the seeds ask staff to keep (docs/domain.md): the hard profile weighs 20 %, the soft
 * profile 80 %, each field equal within its half. Name and phone are required at sign-up, so
 * they never show as missing. Soft fields are listed first when missing: they weigh more and
 * are what a good associate learns over time.
 */
const HARD: readonly MemberFieldName[] = ['birthday', 'gender', 'sizes', 'email', 'address', 'name', 'phone'];
const SOFT: readonly MemberFieldName[] = [
  'preferences',
  'styles',
  'job',
  'family',
  'personality',
  'hobbies',
  'preferredService',
  'promotionReceptiveness',
];
const HARD_WEIGHT = 20 / HARD.length;
const SOFT_WEIGHT = 80 / SOFT.length;

function filled(fields: MemberFields, key: MemberFieldName): boolean {
  const v = fields[key];
  if (v === null || v === '' || v === 'unspecified') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

export function profileCompleteness(fields: MemberFields): { score: number; missing: MemberFieldName[] } {
  let score = 0;
  const missing: MemberFieldName[] = [];
  for (const key of SOFT) {
    if (filled(fields, key)) score += SOFT_WEIGHT;
    else missing.push(key);
  }
  for (const key of HARD) {
    if (filled(fields, key)) score += HARD_WEIGHT;
    else missing.push(key);
  }
  return { score: missing.length === 0 ? 100 : Math.min(99, Math.round(score)), missing };
}
