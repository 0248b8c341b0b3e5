import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../../../../tests/fixtures/render-app';
import { fakeApi, refused, SESSION_TOKEN, signInAs } from '../../../../tests/fixtures/admin-fixtures';
import ExportPage from './export-page';

const csv = () =>
  new Response('name,phone\n张晓梅,13800138000\n', {
    status: 200,
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="floorbook-2026-12-01.csv"',
    },
  });

// jsdom has no object URLs; the download itself is the browser's.
const createObjectURL = vi.fn<(blob: Blob) => string>(() => 'blob:floorbook/export');

beforeEach(() => {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
  createObjectURL.mockClear();
  URL.createObjectURL = createObjectURL;
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('export', () => {
  test('needs a reason of at least 4 characters, and says the export is logged', async () => {
    const user = userEvent.setup();
    signInAs('manager');
    const calls = fakeApi(csv);
    renderApp(<ExportPage />);
    const button = screen.getByRole('button', { name: '下载 CSV' });
    expect(screen.getByLabelText('导出原因')).toHaveAccessibleDescription(/会记入审计日志/);
    expect(button).toBeDisabled();
    await user.type(screen.getByLabelText('导出原因'), '  回访 ');
    expect(button).toBeDisabled();
    await user.click(button);
    expect(calls).toHaveLength(0);
  });

  test('downloads the CSV with both credentials and the reason', async () => {
    const user = userEvent.setup();
    signInAs('manager');
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const calls = fakeApi(csv);
    renderApp(<ExportPage />);
    await user.type(screen.getByLabelText('导出原因'), '季度回访名单');
    await user.click(screen.getByRole('button', { name: '下载 CSV' }));

    expect(await screen.findByText('已下载 floorbook-2026-12-01.csv。')).toBeInTheDocument();
    // The reason in the body, never in the URL, where logs would keep it.
    expect(calls[0]).toMatchObject({
      method: 'POST',
      path: '/api/export',
      body: { reason: '季度回访名单', format: 'csv' },
    });
    expect(calls[0]?.headers['x-floorbook-session']).toBe(SESSION_TOKEN);
    const [saved] = createObjectURL.mock.calls[0] ?? [];
    expect(await saved?.text()).toContain('张晓梅');
    expect(click).toHaveBeenCalled();
  });

  test('downloads the Excel workbook from its own button', async () => {
    const user = userEvent.setup();
    signInAs('manager');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const calls = fakeApi(
      () =>
        new Response(new Uint8Array([0x50, 0x4b, 3, 4]), {
          status: 200,
          headers: {
            'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'content-disposition': 'attachment; filename="floorbook-members-20261201.xlsx"',
          },
        }),
    );
    renderApp(<ExportPage />);
    expect(screen.getByRole('button', { name: '下载 Excel 表格' })).toBeDisabled();
    await user.type(screen.getByLabelText('导出原因'), '季度回访名单');
    await user.click(screen.getByRole('button', { name: '下载 Excel 表格' }));
    expect(await screen.findByText('已下载 floorbook-members-20261201.xlsx。')).toBeInTheDocument();
    expect(calls[0]).toMatchObject({ path: '/api/export', body: { reason: '季度回访名单', format: 'xlsx' } });
    expect(calls[0]?.headers.accept).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });

  test('exports the cards about to lapse when the drifting-away list sends her here', async () => {
    const user = userEvent.setup();
    signInAs('manager');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const calls = fakeApi(csv);
    renderApp(<ExportPage />, { route: '/export?selection=lapsing' });
    expect(screen.getByRole('radio', { name: /即将失效的卡/ })).toBeChecked();
    await user.type(screen.getByLabelText('导出原因'), '本月即将失效的卡');
    await user.click(screen.getByRole('button', { name: '下载 CSV' }));
    await screen.findByText(/已下载/);
    expect(calls[0]?.body).toEqual({ reason: '本月即将失效的卡', format: 'csv', selection: 'lapsing' });
    await user.click(screen.getByRole('radio', { name: /全部会员/ }));
    await user.click(screen.getByRole('button', { name: '下载 CSV' }));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]?.body).toEqual({ reason: '本月即将失效的卡', format: 'csv' });
  });

  test('a refusal is said in words and the reason stays', async () => {
    const user = userEvent.setup();
    signInAs('manager');
    fakeApi(() => refused(403, 'forbidden', '你没有权限做这件事。'));
    renderApp(<ExportPage />);
    await user.type(screen.getByLabelText('导出原因'), '季度回访名单');
    await user.click(screen.getByRole('button', { name: '下载 CSV' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('你没有权限做这件事。');
    expect(screen.getByLabelText('导出原因')).toHaveValue('季度回访名单');
    expect(createObjectURL).not.toHaveBeenCalled();
  });
});
