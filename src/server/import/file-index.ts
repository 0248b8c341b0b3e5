import type { RowCheck, RowValues } from './row-check';
import type { SourceRow } from './read-file';

/**
 * What the reading pass learns of the whole file before anything is written: how many rows it
 * has, and the first line of each phone and card number among its acceptable rows, so a later
 * row with the same one is a duplicate within the file whichever batch it falls in, and a resumed
 * job finds the same duplicates as the first attempt.
 */
export interface FileIndex {
  rowsTotal: number;
  firstByPhone: Map<string, number>;
  firstByCard: Map<string, number>;
}

export async function indexFile(
  rows: AsyncIterable<SourceRow>,
  check: (row: SourceRow) => RowCheck,
  onProgress: (rowsRead: number) => Promise<void>,
): Promise<FileIndex> {
  const index: FileIndex = { rowsTotal: 0, firstByPhone: new Map(), firstByCard: new Map() };
  for await (const row of rows) {
    index.rowsTotal++;
    const checked = check(row);
    if (checked.ok) {
      const { phone, cardNo } = checked.row.fields;
      if (!index.firstByPhone.has(phone)) index.firstByPhone.set(phone, row.line);
      if (cardNo !== undefined && !index.firstByCard.has(cardNo)) index.firstByCard.set(cardNo, row.line);
    }
    if (index.rowsTotal % 5000 === 0) await onProgress(index.rowsTotal);
  }
  return index;
}

/** The earlier line of the file holding this row's phone or card number, or null. */
export function earlierLine(
  row: RowValues,
  index: Pick<FileIndex, 'firstByPhone' | 'firstByCard'>,
): number | null {
  const byPhone = index.firstByPhone.get(row.fields.phone);
  if (byPhone !== undefined && byPhone < row.line) return byPhone;
  const byCard = row.fields.cardNo === undefined ? undefined : index.firstByCard.get(row.fields.cardNo);
  return byCard !== undefined && byCard < row.line ? byCard : null;
}
