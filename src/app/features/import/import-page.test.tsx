import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../../tests/fixtures/render-app';
import { signInAs } from '../../../../tests/fixtures/admin-fixtures';
import type { ApiResult } from '../../api/api-client';
import * as api from '../../api/import.api';
import {
  MAX_IMPORT_BYTES,
  type ImportJob,
  type ImportPreview,
  type ImportUpload,
} from '../../../shared/schemas/import.schema';
import ImportPage from './import-page';
import { POLL_MS } from './use-import-flow';

// The server, faked where the screens meet it: the import API module.
vi.mock('../../api/import.api', () => ({
  uploadImport: vi.fn(),
  previewImport: vi.fn(),
  startImport: vi.fn(),
  fetchImportJob: vi.fn(),
  fetchImportRefusals: vi.fn(),
}));
const upload = vi.mocked(api.uploadImport);
const preview = vi.mocked(api.previewImport);
const start = vi.mocked(api.startImport);
const poll = vi.mocked(api.fetchImportJob);
const refusalPage = vi.mocked(api.fetchImportRefusals);

const ok = <T,>(value: T): Promise<ApiResult<T>> => Promise.resolve({ ok: true, value });
const IMPORT_ID = '0190a000-0000-7000-8000-00000000c0de';

const UPLOADED: ImportUpload = {
  importId: IMPORT_ID,
  fileName: '老会员.csv',
  format: 'csv',
  encoding: 'gb18030',
  separator: ',',
  headerLine: 2,
  headers: ['姓名', '手机号', '生日', '导购'],
  mapping: ['name', 'phone', 'birthday', null],
  remembered: [false, false, false, false],
  sample: [
    { line: 3, cells: ['张晓梅', '13800138000', '1990-03-08', '李娜'] },
    { line: 4, cells: ['王芳', '1380013', '', ''] },
  ],
};

const PREVIEW: ImportPreview = {
  rows: [
    { line: 3, outcome: 'import', values: { name: '张晓梅', phone: '13800138000' } },
    {
      line: 4,
      outcome: 'refuse',
      // A row refused for its own values comes with what its cells held.
      values: { name: '王芳', phone: '1380013' },
      refusal: { line: 4, reason: 'phone-invalid', field: 'phone' },
    },
    {
      line: 5,
      outcome: 'refuse',
      values: { name: '张晓梅', phone: '13800138000' },
      refusal: { line: 5, reason: 'duplicate-in-file', firstLine: 3 },
    },
  ],
};

function job(over: Partial<ImportJob>): ImportJob {
  return {
    id: IMPORT_ID,
    fileName: '老会员.csv',
    state: 'running',
    dryRun: false,
    duplicates: 'merge',
    phase: 'reading',
    rowsDone: 0,
    rowsTotal: null,
    counts: { rowsRead: 0, imported: 0, updated: 0, merged: 0, skipped: 0, refused: 0 },
    refusals: [],
    error: null,
    createdAt: 0,
    finishedAt: null,
    ...over,
  };
}
const DONE_COUNTS = { rowsRead: 3, imported: 1, updated: 0, merged: 0, skipped: 0, refused: 2 };
const DONE_REFUSALS = PREVIEW.rows.flatMap((r) => (r.refusal ? [r.refusal] : []));

const csvFile = (name = '老会员.csv', text = '姓名,手机号\n张晓梅,13800138000\n') => new File([text], name);

beforeEach(() => {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
  // Polling waits on setTimeout: the test moves it on, and real time still runs for the rest.
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
  for (const m of [upload, preview, start, poll, refusalPage]) m.mockReset();
  upload.mockReturnValue(ok(UPLOADED));
  preview.mockReturnValue(ok(PREVIEW));
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  localStorage.clear();
});

const nextPoll = () => act(() => vi.advanceTimersByTimeAsync(POLL_MS));

async function toMapping(user: ReturnType<typeof userEvent.setup>) {
  signInAs('manager');
  renderApp(<ImportPage />);
  await user.upload(screen.getByLabelText('会员表格文件'), csvFile());
  await screen.findByRole('heading', { name: '各列对应的资料' });
}

describe('import: choosing the file', () => {
  test('an empty file, one too large and one of another kind each get a sentence, and nothing is sent', async () => {
    const user = userEvent.setup({ applyAccept: false });
    signInAs('manager');
    renderApp(<ImportPage />);
    const input = screen.getByLabelText('会员表格文件');
    await user.upload(input, csvFile('空的.csv', ''));
    expect(screen.getByRole('alert')).toHaveTextContent('这个文件是空的，请选择有会员资料的文件。');
    const big = csvFile('很大.xlsx');
    Object.defineProperty(big, 'size', { value: MAX_IMPORT_BYTES + 1 });
    await user.upload(input, big);
    expect(screen.getByRole('alert')).toHaveTextContent('文件超过 64 MB，请分成几个文件导入。');
    await user.upload(input, csvFile('旧系统.xls'));
    expect(screen.getByRole('alert')).toHaveTextContent('旧版 .xls 请先在 Excel 或 WPS 中另存为 .xlsx');
    expect(upload).not.toHaveBeenCalled();
  });

  test("the server's refusal of the file is said in words, and another file can be chosen", async () => {
    const user = userEvent.setup();
    upload.mockReturnValueOnce(
      Promise.resolve({
        ok: false,
        status: 422,
        error: { code: 'import-unreadable', message: '读不出这个文件里的表格。', retryable: false },
      }),
    );
    signInAs('manager');
    renderApp(<ImportPage />);
    await user.upload(screen.getByLabelText('会员表格文件'), csvFile());
    expect(await screen.findByRole('alert')).toHaveTextContent('读不出这个文件里的表格。');
    await user.upload(screen.getByLabelText('会员表格文件'), csvFile());
    expect(await screen.findByRole('heading', { name: '各列对应的资料' })).toBeInTheDocument();
    expect(upload).toHaveBeenLastCalledWith(expect.anything(), expect.any(File), '老会员.csv');
  });
});

describe('import: the column mapping', () => {
  test("shows the server's mapping, each column fixable, and says what must be fixed before the preview", async () => {
    const user = userEvent.setup();
    await toMapping(user);
    expect(screen.getByText(/老会员\.csv：标题在第 2 行，共 4 列。/)).toBeInTheDocument();
    expect(screen.getByLabelText('第 1 列“姓名”')).toHaveDisplayValue('姓名');
    expect(screen.getByLabelText('第 2 列“手机号”')).toHaveDisplayValue('手机');
    expect(screen.getByLabelText('第 4 列“导购”')).toHaveDisplayValue('不导入');
    expect(screen.getByLabelText('第 4 列“导购”')).toHaveAccessibleDescription('例：李娜');
    const toPreview = screen.getByRole('button', { name: '预览' });

    await user.selectOptions(screen.getByLabelText('第 2 列“手机号”'), '不导入');
    expect(screen.getByRole('alert')).toHaveTextContent('请把“姓名”和“手机”各对应到一列。');
    expect(toPreview).toBeDisabled();
    await user.selectOptions(screen.getByLabelText('第 2 列“手机号”'), '手机');
    await user.selectOptions(screen.getByLabelText('第 4 列“导购”'), '姓名');
    expect(screen.getByRole('alert')).toHaveTextContent('“姓名”对应了不止一列');
    await user.selectOptions(screen.getByLabelText('第 4 列“导购”'), '专属导购');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(toPreview);
    await screen.findByRole('heading', { name: '预览（前 3 行）' });
    expect(preview).toHaveBeenCalledWith(expect.anything(), IMPORT_ID, {
      mapping: ['name', 'phone', 'birthday', 'owner'],
      duplicates: 'merge',
    });
  });

  test('a column the store mapped last time says so', async () => {
    const user = userEvent.setup();
    upload.mockReturnValue(
      ok({
        ...UPLOADED,
        mapping: ['name', 'phone', 'birthday', 'owner'],
        remembered: [false, false, false, true],
      }),
    );
    await toMapping(user);
    expect(screen.getByLabelText('第 4 列“导购”')).toHaveDisplayValue('专属导购');
    expect(screen.getByLabelText('第 4 列“导购”')).toHaveAccessibleDescription('例：李娜 · 按本店上次导入');
  });
});

describe('import: preview, dry run and the import', () => {
  test('the preview names each refused line and why; the duplicate choice previews again; going back keeps the mapping', async () => {
    const user = userEvent.setup();
    await toMapping(user);
    await user.selectOptions(screen.getByLabelText('第 4 列“导购”'), '专属导购');
    const badBirthday: ImportPreview['rows'][number] = {
      line: 6,
      outcome: 'refuse',
      values: { name: '李静', phone: '13900139000', birthday: '1990-02-30' },
      refusal: { line: 6, reason: 'birthday-invalid', field: 'birthday' },
    };
    preview.mockReturnValue(ok({ rows: [...PREVIEW.rows, badBirthday] }));
    await user.click(screen.getByRole('button', { name: '预览' }));
    const table = await screen.findByRole('table', { name: '预览（前 4 行）' });
    const rows = within(table).getAllByRole('row');
    expect(rows[2]).toHaveTextContent('4拒绝王芳1380013第 4 行：手机号不是 11 位大陆手机号');
    expect(rows[3]).toHaveTextContent('第 5 行：与前面一行的手机号或卡号重复（第 3 行）');
    // The refused value beside the reason, when its column is not one shown already.
    expect(rows[4]).toHaveTextContent('6拒绝李静13900139000第 6 行：生日不是有效日期（生日：1990-02-30）');
    expect(screen.getByRole('radio', { name: '合并：只补上她资料里空着的项' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: '跳过：不改动已有会员' }));
    expect(preview).toHaveBeenLastCalledWith(expect.anything(), IMPORT_ID, {
      mapping: ['name', 'phone', 'birthday', 'owner'],
      duplicates: 'skip',
    });
    expect(await screen.findByRole('radio', { name: '跳过：不改动已有会员' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: '返回' }));
    expect(screen.getByLabelText('第 4 列“导购”')).toHaveDisplayValue('专属导购');
  });

  test('a dry run, then the import with a progress bar, then the summary with every refusal', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    await toMapping(user);
    await user.click(screen.getByRole('button', { name: '预览' }));
    await screen.findByRole('table');

    start.mockReturnValueOnce(ok(job({ dryRun: true })));
    poll.mockReturnValueOnce(
      ok(job({ dryRun: true, state: 'done', counts: DONE_COUNTS, refusals: DONE_REFUSALS, phase: null })),
    );
    await user.click(screen.getByRole('button', { name: '试运行（不写入）' }));
    expect(start).toHaveBeenLastCalledWith(expect.anything(), IMPORT_ID, {
      mapping: ['name', 'phone', 'birthday', null],
      duplicates: 'merge',
      dryRun: true,
    });
    expect(await screen.findByRole('status')).toHaveTextContent('试运行：正在检查整个文件…');
    await nextPoll();
    expect(await screen.findByRole('heading', { name: '试运行完成：没有写入任何资料' })).toBeInTheDocument();
    expect(screen.getByText('新增').nextElementSibling).toHaveTextContent('1 行');

    start.mockReturnValueOnce(ok(job({})));
    poll
      .mockReturnValueOnce(ok(job({ phase: 'writing', rowsDone: 1, rowsTotal: 3 })))
      .mockReturnValueOnce(
        ok(job({ state: 'done', counts: DONE_COUNTS, refusals: DONE_REFUSALS, phase: null, finishedAt: 1 })),
      );
    await user.click(screen.getByRole('button', { name: '正式导入' }));
    expect(start).toHaveBeenLastCalledWith(
      expect.anything(),
      IMPORT_ID,
      expect.objectContaining({ dryRun: false }),
    );
    await nextPoll();
    expect(await screen.findByRole('status')).toHaveTextContent('正在写入：1 / 3 行');
    const bar = screen.getByRole('progressbar', { name: '导入进度' });
    expect(bar).toHaveAttribute('value', '1');
    expect(bar).toHaveAttribute('max', '3');
    await nextPoll();
    expect(await screen.findByRole('heading', { name: '导入完成' })).toBeInTheDocument();
    const refusals = screen.getByRole('list', { name: '被拒绝的行' });
    expect(
      within(refusals)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['第 4 行：手机号不是 11 位大陆手机号', '第 5 行：与前面一行的手机号或卡号重复（第 3 行）']);
    expect(screen.queryByRole('button', { name: '显示更多' })).not.toBeInTheDocument();
  });

  test('in English, refusals and the summary read in English; more refusals load from the server', async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    signInAs('manager');
    renderApp(<ImportPage />, { language: 'en' });
    await user.upload(screen.getByLabelText('Member spreadsheet'), csvFile());
    await user.click(await screen.findByRole('button', { name: 'Preview' }));
    expect(
      await screen.findByText('Line 4: The phone is not an 11-digit mainland mobile'),
    ).toBeInTheDocument();
    start.mockReturnValueOnce(
      ok(
        job({ state: 'done', counts: { ...DONE_COUNTS, refused: 3 }, refusals: DONE_REFUSALS, phase: null }),
      ),
    );
    refusalPage.mockReturnValueOnce(ok({ refusals: [{ line: 9, reason: 'owner-unknown' }], next: null }));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByRole('heading', { name: 'Import finished' });
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(refusalPage).toHaveBeenCalledWith(expect.anything(), IMPORT_ID, 5);
    expect(
      await screen.findByText('Line 9: The owning associate is not on the staff list'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  test('a job that failed on the server says why in words (its code when this app does not know it); another file can be chosen', async () => {
    const user = userEvent.setup();
    await toMapping(user);
    await user.click(screen.getByRole('button', { name: '预览' }));
    start.mockReturnValueOnce(ok(job({ state: 'failed', error: 'server-error', phase: null })));
    await user.click(await screen.findByRole('button', { name: '正式导入' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('服务器出错了，稍后会自动重试。');
    await user.click(screen.getByRole('button', { name: '再导入一个文件' }));

    await user.upload(screen.getByLabelText('会员表格文件'), csvFile());
    await user.click(await screen.findByRole('button', { name: '预览' }));
    start.mockReturnValueOnce(ok(job({ state: 'failed', error: 'import-from-the-future', phase: null })));
    await user.click(await screen.findByRole('button', { name: '正式导入' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '导入没有完成（错误代码：import-from-the-future）',
    );
  });
});
