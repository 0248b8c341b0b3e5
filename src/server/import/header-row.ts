import { HEADER_SEARCH_ROWS, recognisedCount } from './headers';
import { isBlankRow } from './cells';
import type { SourceRow } from './read-file';

export interface HeaderRow {
  line: number;
  headers: string[];
}

/**
 * The header among the first non-blank rows: the one naming the most known columns, the first of
 * equals. A title row ("2026年会员资料") or a merged group row ("基本信息 | 消费") above it names
 * none or fewer. With no known header at all, the first non-blank row is the header.
 */
export function locateHeader(firstRows: readonly SourceRow[]): HeaderRow | null {
  const candidates = firstRows.filter((r) => !isBlankRow(r.cells)).slice(0, HEADER_SEARCH_ROWS);
  let best: SourceRow | undefined;
  let bestCount = 0;
  for (const row of candidates) {
    const n = recognisedCount(row.cells);
    if (n > bestCount) {
      best = row;
      bestCount = n;
    }
  }
  const header = best ?? candidates[0];
  return header ? { line: header.line, headers: trimTrailingBlanks(header.cells) } : null;
}

function trimTrailingBlanks(cells: readonly string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}
