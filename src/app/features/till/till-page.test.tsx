import { beforeEach, describe, expect, test, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import iconv from 'iconv-lite';
import { v7 as uuidv7 } from 'uuid';
import { localDayIn } from '../../../shared/domain/time-zone';
import { dayKey } from '../../../shared/domain/counter/store-days';
import type { EventId, MemberId } from '../../../shared/schemas/ids.schema';
import type { StaffRole } from '../../../shared/schemas/setup.schema';
import { useSession } from '../../state/session.state';
import { CHEN, ENROLMENT } from '../../../../tests/fixtures/lock-fixtures';
import { renderOnTestTablet } from '../../../../tests/fixtures/tablet-screen';
import TillPage from './till-page';

// A read of the day's events can be held back, as a slow tablet's is while she types.
const reads = vi.hoisted(() => ({ held: Promise.resolve() }));
vi.mock(import('../../db/counter-queries'), async (original) => {
  const real = await original();
  return {
    ...real,
    eventsRecordedSince: async (...a: Parameters<typeof real.eventsRecordedSince>) => {
      await reads.held;
      return real.eventsRecordedSince(...a);
    },
  };
});

// The store's today in its zone (the default, Shanghai), as the form starts with it.
const today = () => dayKey(localDayIn('Asia/Shanghai', Date.now()));

beforeEach(() => {
  useSession.getState().enrolled(ENROLMENT);
  reads.held = Promise.resolve();
});

function show(role: StaffRole = 'manager') {
  return renderOnTestTablet(<TillPage />, { role });
}

/** A member's ¥5,000 purchase recorded on the tablet today. */
async function membersSaleToday(db: ReturnType<typeof show>['db']) {
  await db.events.add({
    id: uuidv7() as EventId,
    memberId: '0190a000-0000-7000-8000-0000000000aa' as MemberId,
    staffId: CHEN.id,
    at: Date.now(),
    kind: 'purchase',
    payload: {
      items: [{ styleNo: 'FW26-01', category: 'tops', size: 'M', quantity: 1, unitPrice: 500_000 }],
      total: 500_000,
    },
  });
}

async function type(label: string, text: string) {
  const field = await screen.findByLabelText(label);
  await userEvent.clear(field);
  if (text !== '') await userEvent.type(field, text);
  return field;
}

describe('the till figures form', () => {
  test('a manager saves today’s figures offline: queued in fen', async () => {
    const { db } = show();
    expect(await screen.findByLabelText('日期')).toHaveValue(today());
    await type('销售额（元）', '12,800.50');
    await type('小票数', '31');
    await type('件数', '47');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText(`已保存 ${today()} 的收银数据。`)).toBeInTheDocument();
    const [queued] = await db.outbox.toArray();
    expect(queued?.mutation).toMatchObject({
      kind: 'tillDay.update',
      entityId: today(),
      payload: { fields: { salesFen: 1_280_050, tickets: 31, pieces: 47 } },
    });
  });

  test('bad figures and a future day each get a sentence beside them, and nothing typed is lost', async () => {
    const { db } = show();
    const day = await type('日期', '2999-01-01');
    const sales = await type('销售额（元）', '-5');
    const tickets = await type('小票数', '3.5');
    const pieces = await type('件数', '12.345');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('这一天还没到，不能填写它的收银数据。')).toBeInTheDocument();
    expect(screen.getByText('不能是负数。')).toBeInTheDocument();
    expect(screen.getAllByText('最多两位小数（到分）。')).toHaveLength(2);
    for (const field of [day, sales, tickets, pieces]) expect(field).toHaveAttribute('aria-invalid', 'true');
    expect([day, sales, tickets, pieces].map((f) => (f as HTMLInputElement).value)).toEqual([
      '2999-01-01',
      '-5',
      '3.5',
      '12.345',
    ]);
    expect(await db.outbox.count()).toBe(0);
  });

  test('till sales below the members’ sales of the day warn, and she may confirm', async () => {
    const { db } = show();
    await membersSaleToday(db);
    expect(await screen.findByText(/这一天平板上记录的会员销售：¥5,000.00/)).toBeInTheDocument();
    await type('销售额（元）', '3000');
    await type('小票数', '5');
    await type('件数', '6');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('销售额 ¥3,000.00 低于这一天已记录的会员销售 ¥5,000.00');
    expect(await db.outbox.count()).toBe(0);
    await userEvent.click(within(warning).getByRole('button', { name: '确认无误，仍然保存' }));
    await waitFor(async () => expect(await db.outbox.count()).toBe(1));
  });

  test('saved while the members’ sales are still loading, the warning still comes first', async () => {
    let release: () => void = () => undefined;
    reads.held = new Promise<void>((resolve) => (release = resolve));
    const { db } = show();
    await membersSaleToday(db);
    await type('销售额（元）', '3000');
    await type('小票数', '5');
    await type('件数', '6');
    expect(screen.queryByText(/这一天平板上记录的会员销售/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await db.outbox.count()).toBe(0);
    release();
    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('销售额 ¥3,000.00 低于这一天已记录的会员销售 ¥5,000.00');
    expect(await db.outbox.count()).toBe(0);
  });

  test('an associate is told the page is a manager’s', async () => {
    show('associate');
    expect(await screen.findByRole('alert')).toHaveTextContent('这一页需要店长或店主');
    expect(screen.queryByLabelText('销售额（元）')).not.toBeInTheDocument();
  });
});

describe('the till CSV import', () => {
  const file = (bytes: Uint8Array | string, name = 'till.csv') =>
    new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name, { type: 'text/csv' });

  test('a GBK file with a bad row is told by line, and nothing is queued', async () => {
    const { db } = show();
    const csv = iconv.encode('日期,营业额,单数,件数\r\n2026-03-01,100,1,1\r\n2026-03-02,-1,1,1\r\n', 'gbk');
    await userEvent.upload(await screen.findByLabelText('选择 CSV 文件'), file(csv));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('1 行有问题，整个文件都没有导入');
    expect(alert).toHaveTextContent('第 3 行：销售额: 不能是负数。');
    expect(screen.queryByRole('button', { name: /导入/ })).not.toBeInTheDocument();
    expect(await db.outbox.count()).toBe(0);
  });

  test('a good file with a BOM is imported whole, all days in one go', async () => {
    const { db } = show();
    const csv = '\uFEFFdate,sales,tickets,pieces\n2026-03-01,100,1,1\n2026-03-02,200.5,2,3\n';
    await userEvent.upload(await screen.findByLabelText('选择 CSV 文件'), file(csv));
    expect(await screen.findByText('2 天的数据都没有问题（2026-03-01 至 2026-03-02）。')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '导入 2 天' }));
    expect(await screen.findByText('已导入 2 天的收银数据。')).toBeInTheDocument();
    const queued = (await db.outbox.toArray()).map((r) => [r.mutation.entityId, r.mutation.payload]);
    expect(queued).toEqual([
      ['2026-03-01', { fields: { salesFen: 10_000, tickets: 1, pieces: 1 } }],
      ['2026-03-02', { fields: { salesFen: 20_050, tickets: 2, pieces: 3 } }],
    ]);
  });

  test('an empty file and a 50 MB file each get a sentence', async () => {
    show();
    const input = await screen.findByLabelText('选择 CSV 文件');
    await userEvent.upload(input, file(''));
    expect(await screen.findByRole('alert')).toHaveTextContent('这个文件是空的。');
    const huge = file('date');
    Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 });
    await userEvent.upload(input, huge);
    expect(await screen.findByRole('alert')).toHaveTextContent('文件太大（50.0 MB），最大 5.0 MB');
  });
});
