import type { MemberFieldName, MemberFields, MemberRecord } from '../schemas/member.schema';

/**
 * Apply a partial edit to a member, field by field, last writer wins by HLC. A field
 * is taken only when the edit's clock is newer than the clock of that field's last
 * write, so edits commute: any order of the same edits gives the same member.
 */
export function applyFieldEdit(record: MemberRecord, edit: Partial<MemberFields>, hlc: string): MemberRecord {
  let fields: MemberFields | undefined;
  let clocks: MemberRecord['clocks'] | undefined;
  for (const key of Object.keys(edit) as MemberFieldName[]) {
    if (fieldClock(record, key) >= hlc) continue;
    fields ??= { ...record.fields };
    clocks ??= { ...record.clocks };
    (fields as Record<string, unknown>)[key] = edit[key];
    clocks[key] = hlc;
  }
  return fields && clocks ? { ...record, fields, clocks } : record;
}

/** The clock of a field's last write; a field never edited since sign-up has the sign-up clock. */
export function fieldClock(record: MemberRecord, key: MemberFieldName): string {
  return record.clocks[key] ?? record.createdHlc;
}

/**
 * Merge two records of the same person (duplicates signed up offline) into the
 * survivor: each field takes the value with the newer clock, except that a field the
 * absorbed record left empty never blanks what the survivor knows. The survivor keeps
 * its own card number, the one the customer was handed first.
 */
export function mergeRecords(survivor: MemberRecord, absorbed: MemberRecord): MemberRecord {
  let merged = survivor;
  for (const key of Object.keys(absorbed.fields) as MemberFieldName[]) {
    if (key === 'cardNo' || isEmpty(absorbed.fields[key])) continue;
    merged = applyFieldEdit(merged, { [key]: absorbed.fields[key] }, fieldClock(absorbed, key));
  }
  return merged;
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

/** A new member record: every field carries the sign-up clock, so no field clock is stored yet. */
export function newMemberRecord(
  id: MemberRecord['id'],
  fields: MemberFields,
  hlc: string,
  createdAt: number,
): MemberRecord {
  return { id, fields, clocks: {}, createdHlc: hlc, createdAt };
}
