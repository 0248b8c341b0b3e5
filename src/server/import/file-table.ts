import { isBlankRow } from './cells';
import { locateHeader, type HeaderRow } from './header-row';
import { HEADER_SEARCH_ROWS } from './headers';
import { readRows, type FileShape, type SourceRow } from './read-file';

export const SAMPLE_ROWS = 20;

/** The header and the first data rows, read from the top of the file only. */
export async function readTop(
  path: string,
  shape: FileShape,
): Promise<{ header: HeaderRow; sample: SourceRow[] } | null> {
  const top: SourceRow[] = [];
  let nonBlank = 0;
  // Enough rows to find a header among the first non-blank ones and show the rows after it.
  for await (const row of readRows(path, shape)) {
    top.push(row);
    if (!isBlankRow(row.cells)) nonBlank++;
    if (nonBlank >= HEADER_SEARCH_ROWS + SAMPLE_ROWS) break;
  }
  const header = locateHeader(top);
  if (!header) return null;
  const sample = top.filter((r) => r.line > header.line && !isBlankRow(r.cells)).slice(0, SAMPLE_ROWS);
  return { header, sample };
}

/** The data rows: below the header, blank rows left out. */
export async function* dataRows(
  path: string,
  shape: FileShape,
  headerLine: number,
): AsyncGenerator<SourceRow> {
  for await (const row of readRows(path, shape))
    if (row.line > headerLine && !isBlankRow(row.cells)) yield row;
}
