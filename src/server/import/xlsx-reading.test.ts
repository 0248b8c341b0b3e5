import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { HEADER, memberRow, nameOf, writeXlsx } from '../../../tests/fixtures/import-files';
import { readRows } from './read-file';

const dir = mkdtempSync(path.join(os.tmpdir(), 'xlsx-reading-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// exceljs 4.4.0 alone turned a character cut by a zip chunk boundary into U+FFFD, about one cell
// in 3,000 of a Chinese list (exceljs-reader.ts).
test('every Chinese and full-width cell of a long .xlsx reads whole', { timeout: 60_000 }, async () => {
  const file = path.join(dir, 'long.xlsx');
  const rows = [HEADER, ...Array.from({ length: 6000 }, (_, i) => memberRow(i))];
  await writeXlsx(file, rows);
  let read = 0;
  for await (const row of readRows(file, { format: 'xlsx', encoding: null, separator: null })) {
    if (row.line === 1) continue;
    expect(row.cells[1]).toBe(nameOf(row.line - 2));
    read++;
  }
  expect(read).toBe(6000);
});
