import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Language } from '../../shared/schemas/api-error.schema';
import { neutraliseFormula } from '../../shared/domain/formula-cells';
import type { ExportCell } from './member-csv';

const SHEET: Record<Language, string> = { 'zh-CN': '会员', en: 'Members' };
// Wide enough for an 18-digit card number and a lunar birthday; Chinese text is twice as wide as Latin.
const WIDTHS = [16, 12, 14, 8, 18, 12, 10, 16, 12, 10];

export interface MemberWorkbook {
  add(cells: readonly ExportCell[]): void;
  /** Closes the workbook; the .xlsx file's bytes. */
  finish(): Promise<Buffer>;
}

/**
 * The members export as an Excel workbook, written by exceljs's streaming writer: each row is
 * zipped as it is added and not kept, so memory holds the compressed file, not the store. Text
 * cells stay text: a leading = + - @ gets the same apostrophe as the CSV, so a copy saved back to
 * CSV, or a reader that evaluates text, still runs nothing. Sums are numbers with two decimals.
 */
export function memberWorkbook(language: Language, headers: readonly string[]): MemberWorkbook {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(SHEET[language], { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((header, i) => ({ header, width: WIDTHS[i] ?? 12 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  return {
    add(cells) {
      const row = sheet.addRow(
        cells.map((c) => (typeof c === 'string' ? neutraliseFormula(c, 'out') : c.yuan)),
      );
      cells.forEach((c, i) => {
        if (typeof c !== 'string') row.getCell(i + 1).numFmt = '0.00';
      });
      row.commit();
    },
    async finish() {
      sheet.commit();
      await workbook.commit();
      await ended;
      return Buffer.concat(chunks);
    },
  };
}
