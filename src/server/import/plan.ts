import type { MemberFields, MemberRecord } from '../../shared/schemas/member.schema';
import type { DuplicateChoice, ImportRefusal } from '../../shared/schemas/import.schema';
import type { RowValues } from './row-check';

/** What becomes of a checked row against the roster. */
export type RowPlan =
  | { outcome: 'import'; row: RowValues }
  | { outcome: 'update' | 'merge'; row: RowValues; member: MemberRecord; edit: Partial<MemberFields> }
  | { outcome: 'skip'; row: RowValues; member: MemberRecord }
  | { outcome: 'refuse'; refusal: ImportRefusal };

/**
 * Match a row to the roster by phone and by card number. A row whose card is one member's and
 * whose phone another's is refused: which one is meant is unclear. A match is skipped, updated
 * (each value of the row replaces hers) or merged (only her empty fields are filled), as the
 * manager chose. Her card number never changes, as in sync.
 */
export function planRow(
  row: RowValues,
  byPhone: MemberRecord | undefined,
  byCard: MemberRecord | undefined,
  choice: DuplicateChoice,
): RowPlan {
  if (byPhone && byCard && byPhone.id !== byCard.id)
    return { outcome: 'refuse', refusal: { line: row.line, reason: 'phone-taken', field: 'phone' } };
  const member = byPhone ?? byCard;
  if (!member) return { outcome: 'import', row };
  if (choice === 'skip') return { outcome: 'skip', row, member };
  return { outcome: choice, row, member, edit: editOf(member.fields, row.fields, choice) };
}

function editOf(
  hers: MemberFields,
  file: RowValues['fields'],
  choice: 'update' | 'merge',
): Partial<MemberFields> {
  const edit: Partial<Record<keyof MemberFields, unknown>> = {};
  for (const key of Object.keys(file) as (keyof MemberFields)[]) {
    if (key === 'cardNo') continue;
    const value = file[key];
    if (key === 'sizes') {
      const sizes = choice === 'update' ? { ...hers.sizes, ...file.sizes } : { ...file.sizes, ...hers.sizes };
      if (JSON.stringify(sizes) !== JSON.stringify(hers.sizes)) edit.sizes = sizes;
      continue;
    }
    if (choice === 'merge' && !isEmpty(hers[key], key)) continue;
    if (JSON.stringify(value) !== JSON.stringify(hers[key])) edit[key] = value;
  }
  return edit as Partial<MemberFields>;
}

function isEmpty(value: unknown, key: keyof MemberFields): boolean {
  return value === null || value === '' || (key === 'gender' && value === 'unspecified');
}
