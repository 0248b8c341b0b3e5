import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { Route, Routes } from 'react-router';
import type { MemberId, StaffId, StoreId } from '../../../shared/schemas/ids.schema';
import type { StaffRole } from '../../../shared/schemas/setup.schema';
import { renderApp } from '../../../../tests/fixtures/render-app';
import { manualClock, memberFields, newDeviceId, newStaffId } from '../../../../tests/fixtures/factories';
import { tabletCommandDeps } from '../../../../tests/sync/fixtures/members';
import { createCommands, type Commands } from '../../commands/commands';
import { FloorbookDb } from '../../db/floorbook-db';
import { useSession } from '../../state/session.state';
import { useStaffSession } from '../../state/staff-session.state';
import { writeMeta } from '../../db/meta';
import { writeRefusal } from '../../tablet/write-gate';
import { createSyncStatusStore } from '../../sync/sync-status';
import { TabletRuntimeProvider } from '../../tablet/tablet-context';
import MemberPage from './member-page';
import SignUpPage from './signup-page';

const clock = manualClock(Date.now());
let db: FloorbookDb;
let commands: Commands;

beforeEach(() => {
  db = new FloorbookDb({ name: `member-page-${Math.random()}`, indexedDB: new IDBFactory(), IDBKeyRange });
  const session = { deviceId: newDeviceId(), staffId: newStaffId() };
  // The app's own gate: refused while locked or read-only.
  const refusal = (now: number) => writeRefusal(db, now);
  commands = createCommands({ ...tabletCommandDeps(db, session, clock.now), refusal });
  useSession.getState().enrolled({
    store: { id: '0190a000-0000-7000-8000-0000000000a1' as StoreId, name: '静安嘉里中心店' },
    device: { id: session.deviceId, token: 'token' },
  });
  signIn('associate', session.staffId);
});

/** Signed in by PIN; `confirmed`: the server checked it and opened her session, as when online. */
function signIn(role: StaffRole, id: StaffId = newStaffId(), confirmed = false) {
  const server = confirmed
    ? { token: 'a-server-session-token-0001', expiresAt: Date.now() + 3_600_000 }
    : null;
  useStaffSession
    .getState()
    .signedIn({ id, name: role === 'associate' ? '李娜' : '陈静', role }, server, Date.now());
}
afterEach(() => db.close());

function show(route: string) {
  const runtime = {
    db,
    status: createSyncStatusStore(),
    commands: () => Promise.resolve(commands),
    startSync: () => () => undefined,
  };
  return renderApp(
    <TabletRuntimeProvider runtime={runtime}>
      <Routes>
        <Route path="/members/new" element={<SignUpPage />} />
        <Route path="/members/:id" element={<MemberPage />} />
        <Route path="/" element={<p>找会员</p>} />
      </Routes>
    </TabletRuntimeProvider>,
    { route },
  );
}

async function signedUp(overrides: Parameters<typeof memberFields>[0] = {}): Promise<MemberId> {
  const r = await commands.signUpMember({ fields: memberFields(overrides) });
  if (!r.ok) throw new Error(r.error.code);
  return r.value.memberId;
}

describe('signing up at the table', () => {
  test('her card opens only with her consent to keep the record, then her profile shows', async () => {
    const user = userEvent.setup();
    show('/members/new');
    await user.type(await screen.findByLabelText('姓名 *'), '王芳');
    await user.type(screen.getByLabelText('手机号 *'), '+86 139-0013 9000');
    await user.click(screen.getByRole('button', { name: '开卡' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('没有这项同意就不能开卡');
    expect(screen.getByLabelText('姓名 *')).toHaveValue('王芳');
    await user.click(screen.getByLabelText('顾客同意门店保存她的会员资料 *'));
    await user.click(screen.getByRole('button', { name: '开卡' }));
    expect(await screen.findByRole('heading', { name: '王芳' })).toBeInTheDocument();
    expect(screen.getByText('王女士')).toBeInTheDocument();
    const [row] = await db.members.toArray();
    expect(row?.fields).toMatchObject({ phone: '13900139000', consent: { record: true, marketing: false } });
  });

  test('a bad phone number is explained and what was typed stays', async () => {
    const user = userEvent.setup();
    show('/members/new');
    await user.type(await screen.findByLabelText('姓名 *'), '王芳');
    await user.type(screen.getByLabelText('手机号 *'), '12345');
    await user.click(screen.getByRole('button', { name: '开卡' }));
    expect(await screen.findByText('请输入有效的手机号，例如 138 0013 8000')).toBeInTheDocument();
    expect(screen.getByLabelText('手机号 *')).toHaveValue('12345');
  });

  test('a phone already on this tablet offers to open that member', async () => {
    const user = userEvent.setup();
    const existing = await signedUp({ phone: '13900139000' });
    show('/members/new');
    await user.type(await screen.findByLabelText('姓名 *'), '王芳');
    await user.type(screen.getByLabelText('手机号 *'), '139 0013 9000');
    await user.click(screen.getByLabelText('顾客同意门店保存她的会员资料 *'));
    await user.click(screen.getByRole('button', { name: '开卡' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('这个手机号已经是会员了。');
    expect(within(alert).getByRole('link', { name: '打开她的资料' })).toHaveAttribute(
      'href',
      `/members/${existing}`,
    );
  });
  test('an empty form names every missing field at once, each in its own words', async () => {
    const user = userEvent.setup();
    show('/members/new');
    await user.click(await screen.findByRole('button', { name: '开卡' }));
    expect(screen.getByLabelText('姓名 *')).toHaveAccessibleDescription('请填写姓名');
    expect(screen.getByLabelText('手机号 *')).toHaveAccessibleDescription(
      '请输入有效的手机号，例如 138 0013 8000',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('没有这项同意就不能开卡');
    expect(screen.queryByText('请填写款号')).not.toBeInTheDocument();
  });

  test('31 February is refused as a birthday, beside the birthday', async () => {
    const user = userEvent.setup();
    show('/members/new');
    await user.type(await screen.findByLabelText('姓名 *'), '王芳');
    await user.type(screen.getByLabelText('手机号 *'), '13900139000');
    await user.type(screen.getByLabelText('月'), '2');
    await user.type(screen.getByLabelText('日'), '31');
    await user.click(screen.getByLabelText('顾客同意门店保存她的会员资料 *'));
    await user.click(screen.getByRole('button', { name: '开卡' }));
    expect(screen.getByLabelText('日')).toHaveAccessibleDescription('没有这一天，请检查月和日');
    expect(await db.members.count()).toBe(0);
  });
});

describe('her profile', () => {
  test('a purchase: total as typed, points and the follow-up, then in her history and follow-ups', async () => {
    const user = userEvent.setup();
    const id = await signedUp({ name: '张晓梅', gender: 'female', sizes: { tops: 'M' } });
    show(`/members/${id}`);
    expect(await screen.findByText('张女士')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '记录购买' }));
    const form = screen.getByRole('form', { name: '记录购买' });
    await user.type(within(form).getByLabelText('款号'), 'FW26-0101');
    expect(within(form).getByLabelText('尺码')).toHaveValue('M');
    await user.type(within(form).getByLabelText('单价（元）'), '1299');
    await user.click(within(form).getByRole('button', { name: '增加一件' }));
    expect(within(form).getByText('合计 ¥2,598.00')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: '保存购买' }));
    const done = await screen.findByText('已记录 ¥2,598.00 的购买，获得 2598 积分。');
    expect(done.parentElement).toHaveTextContent('回访提醒：请在 7 天内');
    await user.click(screen.getByRole('button', { name: '关闭' }));
    expect(await screen.findByText(/积分 2,598/)).toBeInTheDocument();
    expect(screen.getByText(/FW26-0101 上衣 M ×2/)).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: '回访' })).getByText(/前回访（¥2,598.00 的购买）/),
    ).toBeInTheDocument();
  });

  test('a purchase without a style number says so and keeps the price typed', async () => {
    const user = userEvent.setup();
    const id = await signedUp();
    show(`/members/${id}`);
    await user.click(await screen.findByRole('button', { name: '记录购买' }));
    const form = screen.getByRole('form', { name: '记录购买' });
    await user.type(within(form).getByLabelText('单价（元）'), '399');
    await user.click(within(form).getByRole('button', { name: '保存购买' }));
    expect(within(form).getByText('请填写款号')).toBeInTheDocument();
    expect(within(form).getByLabelText('单价（元）')).toHaveValue('399');
    expect(await db.events.count()).toBe(0);
  });

  test('a mistaken purchase is voided with a reason: struck through, and the spend drops', async () => {
    const user = userEvent.setup();
    const id = await signedUp();
    await commands.recordPurchase(id, {
      items: [{ styleNo: 'SS26-0007', category: 'tops', size: 'M', quantity: 1, unitPrice: 59_900 }],
    });
    show(`/members/${id}`);
    expect(await screen.findByText(/积分 599/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '作废' }));
    await user.type(screen.getByLabelText('作废原因'), '录错会员');
    await user.click(screen.getByRole('button', { name: '确认作废' }));
    expect(await screen.findByText('已作废：录错会员')).toBeInTheDocument();
    expect(await screen.findByText(/积分 0/)).toBeInTheDocument();
  });

  test('a follow-up is logged with how she was reached, what came of it (asked, never assumed) and how happy she is', async () => {
    const user = userEvent.setup();
    const id = await signedUp();
    await commands.recordPurchase(id, {
      items: [{ styleNo: 'SS26-0007', category: 'tops', size: 'M', quantity: 1, unitPrice: 59_900 }],
    });
    show(`/members/${id}`);
    const followUps = await screen.findByRole('region', { name: '回访' });
    await user.click(await within(followUps).findByRole('button', { name: '记录回访' }));
    await user.selectOptions(within(followUps).getByLabelText('方式'), '电话');
    await user.click(within(followUps).getByRole('button', { name: '保存' }));
    expect(await within(followUps).findByText('请填写这一项')).toBeInTheDocument();
    await user.selectOptions(within(followUps).getByLabelText('结果'), '联系上了');
    await user.type(within(followUps).getByLabelText('备注'), '很喜欢这件');
    await user.clear(within(followUps).getByLabelText('满意度（1–5）'));
    await user.type(within(followUps).getByLabelText('满意度（1–5）'), '4');
    await user.click(within(followUps).getByRole('button', { name: '保存' }));
    expect(await within(followUps).findByText('没有待回访的购买。')).toBeInTheDocument();
    const contact = (await db.events.toArray()).find((e) => e.kind === 'contact');
    expect(contact?.payload).toMatchObject({
      channel: 'phone',
      outcome: 'reached',
      satisfaction: 4,
      notes: '很喜欢这件',
    });
  });

  test('her contacts show how she was reached, what came of it, how happy she was and what she said', async () => {
    const id = await signedUp();
    await commands.logContact(id, {
      channel: 'wechat',
      purpose: 'birthday',
      outcome: 'call-back',
      satisfaction: 4,
      notes: '下周出差回来再约',
    });
    // Logged before outcomes were asked (or by an older tablet): shown with what it has.
    await commands.logContact(id, { channel: 'phone', purpose: 'other' });
    show(`/members/${id}`);
    const history = await screen.findByRole('region', { name: '购买与到店记录' });
    const list = within(history).getByRole('heading', { name: '联系记录' }).nextElementSibling as HTMLElement;
    const lines = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toHaveLength(2);
    expect(lines).toContainEqual(
      expect.stringMatching(/微信 · 约了再联系 · 满意度 4\/5 · 下周出差回来再约$/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/电话$/));
  });

  test('her soft profile is edited in place', async () => {
    const user = userEvent.setup();
    const id = await signedUp();
    show(`/members/${id}`);
    await user.click(await screen.findByRole('button', { name: '编辑 软性资料' }));
    await user.type(screen.getByLabelText('职业'), '设计师');
    await user.type(screen.getByLabelText('喜欢'), '真丝，莫兰迪色');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('设计师')).toBeInTheDocument();
    const soft = screen.getByRole('region', { name: '软性资料' });
    expect(within(soft).getByText('真丝、莫兰迪色')).toBeInTheDocument();
    const row = await db.members.get(id);
    expect(row?.fields.preferences).toEqual(['真丝', '莫兰迪色']);
  });

  test('what to know while greeting her comes before her history and figures', async () => {
    const id = await signedUp({
      sizes: { tops: 'M', shoes: '37' },
      preferences: ['真丝'],
      dislikes: ['亮片'],
      birthday: { calendar: 'solar', month: 3, day: 8 },
      softNotes: '周末下午来店',
    });
    await commands.recordVisit(id, {});
    show(`/members/${id}`);
    const essentials = await screen.findByRole('region', { name: '接待要点' });
    for (const text of ['上衣 M，鞋 37', '真丝', '亮片', /公历 3月8日/, '周末下午来店'])
      expect(within(essentials).getByText(text)).toBeInTheDocument();
    const history = screen.getByRole('region', { name: '购买与到店记录' });
    const overview = screen.getByText('资料完整度', { exact: false });
    expect(essentials.compareDocumentPosition(history) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(essentials.compareDocumentPosition(overview) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test('her dates are written one way: the next birthday and the follow-up day alike', async () => {
    const id = await signedUp({ birthday: { calendar: 'solar', month: 10, day: 8 } });
    await commands.recordPurchase(id, {
      items: [{ styleNo: 'SS26-0007', category: 'tops', size: 'M', quantity: 1, unitPrice: 59_900 }],
    });
    show(`/members/${id}`);
    const essentials = await screen.findByRole('region', { name: '接待要点' });
    expect(within(essentials).getByText(/下次生日 \d{4}年10月8日/)).toBeInTheDocument();
    const followUps = screen.getByRole('region', { name: '回访' });
    expect(within(followUps).getByText(/\d{4}年\d{1,2}月\d{1,2}日 前回访/)).toBeInTheDocument();
    const history = screen.getByRole('region', { name: '购买与到店记录' });
    expect(within(history).getByText(/^\d{4}年\d{1,2}月\d{1,2}日$/)).toBeInTheDocument();
  });

  test('a member merged into another on the server opens the survivor, and says so', async () => {
    const survivor = await signedUp({ name: '李娜', phone: '13700137000' });
    const absorbed = '0190e000-0000-7000-8000-000000000009' as MemberId;
    await db.merges.put({ id: absorbed, into: survivor, at: Date.now() });
    show(`/members/${absorbed}`);
    expect(await screen.findByRole('heading', { name: '李娜' })).toBeInTheDocument();
    expect(screen.getByText('这位会员与另一张重复的卡已合并，现在显示合并后的资料。')).toBeInTheDocument();
  });

  test('a member this tablet does not hold: a clear way back', async () => {
    show('/members/0190e000-0000-7000-8000-000000000404');
    expect(await screen.findByText('这台平板上没有这位会员。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '回到找会员' })).toHaveAttribute('href', '/');
  });
});

describe('her phone number and the audit log', () => {
  const audited = async () => (await db.audit.orderBy('at').toArray()).map((e) => [e.action, e.memberId]);

  test('an associate sees it masked; “show” reveals it for this view and is audited', async () => {
    const user = userEvent.setup();
    const id = await signedUp({ phone: '13812345678' });
    show(`/members/${id}`);
    expect(await screen.findByText(/138\*\*\*\*5678/)).toBeInTheDocument();
    expect(screen.queryByText(/13812345678/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '显示号码' }));
    expect(screen.getByText(/13812345678/)).toBeInTheDocument();
    await vi.waitFor(async () =>
      expect(await audited()).toEqual([
        ['profile.view', id],
        ['phone.reveal', id],
      ]),
    );
    await user.click(screen.getByRole('button', { name: '隐藏号码' }));
    expect(screen.getByText(/138\*\*\*\*5678/)).toBeInTheDocument();
  });

  test('a manager sees it in full, with nothing to reveal', async () => {
    signIn('manager');
    const id = await signedUp({ phone: '13812345678' });
    show(`/members/${id}`);
    expect(await screen.findByText('13812345678')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '显示号码' })).not.toBeInTheDocument();
  });

  test('opening a profile is audited once, however often it is drawn again', async () => {
    const user = userEvent.setup();
    const id = await signedUp();
    show(`/members/${id}`);
    await user.click(await screen.findByRole('button', { name: '记录到店' }));
    await user.click(screen.getByRole('button', { name: '保存到店' }));
    expect(await screen.findByText('到店')).toBeInTheDocument();
    expect(await audited()).toEqual([['profile.view', id]]);
    const [entry] = await db.audit.toArray();
    expect(entry?.staffId).toBe(useStaffSession.getState().current?.staff.id);
  });
});

describe('editing her hard profile', () => {
  const audited = async () => (await db.audit.orderBy('at').toArray()).map((e) => [e.action, e.memberId]);

  test('an associate’s edit form keeps her number masked until the audited reveal', async () => {
    const user = userEvent.setup();
    const id = await signedUp({ phone: '18712340164' });
    show(`/members/${id}`);
    await user.click(await screen.findByRole('button', { name: '编辑 基本资料' }));
    const form = screen.getByRole('form', { name: '基本资料' });
    expect(within(form).queryByDisplayValue('18712340164')).not.toBeInTheDocument();
    expect(within(form).getByText(/187\*\*\*\*0164/)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: '显示号码以修改' }));
    expect(within(form).getByLabelText('手机号')).toHaveValue('18712340164');
    await vi.waitFor(async () =>
      expect(await audited()).toEqual([
        ['profile.view', id],
        ['phone.reveal', id],
      ]),
    );
  });

  test('saving without revealing leaves her number as it was', async () => {
    const user = userEvent.setup();
    const id = await signedUp({ phone: '18712340164', address: null });
    show(`/members/${id}`);
    await user.click(await screen.findByRole('button', { name: '编辑 基本资料' }));
    await user.type(screen.getByLabelText('地址'), '静安区南京西路 1515 号');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('静安区南京西路 1515 号')).toBeInTheDocument();
    expect((await db.members.get(id))?.fields.phone).toBe('18712340164');
  });

  test('the name she likes to be called is set in the edit form, and clearing it leaves none', async () => {
    const user = userEvent.setup();
    const id = await signedUp();
    show(`/members/${id}`);
    await user.click(await screen.findByRole('button', { name: '编辑 基本资料' }));
    await user.type(screen.getByLabelText('她喜欢的称呼'), '晓梅姐');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('晓梅姐')).toBeInTheDocument();
    expect((await db.members.get(id))?.fields.preferredName).toBe('晓梅姐');
    await user.click(await screen.findByRole('button', { name: '编辑 基本资料' }));
    await user.clear(screen.getByLabelText('她喜欢的称呼'));
    await user.click(screen.getByRole('button', { name: '保存' }));
    await vi.waitFor(async () => expect((await db.members.get(id))?.fields.preferredName).toBeNull());
  });

  test('saving her essentials untouched adds no preferred name to a record that never had one', async () => {
    const user = userEvent.setup();
    const id = await signedUp();
    show(`/members/${id}`);
    await user.click(await screen.findByRole('button', { name: '编辑 基本资料' }));
    await user.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByRole('button', { name: '编辑 基本资料' });
    expect(await db.outbox.where('memberId').equals(id).toArray()).toHaveLength(1);
    expect((await db.members.get(id))?.fields).not.toHaveProperty('preferredName');
  });

  test('her birthday is set and corrected in the edit form; 31 February is refused', async () => {
    const user = userEvent.setup();
    const id = await signedUp({ birthday: null });
    show(`/members/${id}`);
    await user.click(await screen.findByRole('button', { name: '编辑 基本资料' }));
    await user.type(screen.getByLabelText('月'), '2');
    await user.type(screen.getByLabelText('日'), '31');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(screen.getByLabelText('日')).toHaveAccessibleDescription('没有这一天，请检查月和日');
    await user.clear(screen.getByLabelText('日'));
    await user.type(screen.getByLabelText('日'), '28');
    await user.click(screen.getByRole('button', { name: '保存' }));
    const hard = await screen.findByRole('region', { name: '基本资料' });
    expect(await within(hard).findByText('公历 2月28日')).toBeInTheDocument();
    expect((await db.members.get(id))?.fields.birthday).toEqual({ calendar: 'solar', month: 2, day: 28 });
  });

  test('a bad email and an empty name are named in Chinese, beside each field, at once', async () => {
    const user = userEvent.setup();
    const id = await signedUp();
    show(`/members/${id}`);
    await user.click(await screen.findByRole('button', { name: '编辑 基本资料' }));
    await user.clear(screen.getByLabelText('姓名'));
    await user.type(screen.getByLabelText('邮箱'), 'xiaomei@');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(screen.getByLabelText('邮箱')).toHaveAccessibleDescription(
      '请输入有效的邮箱，例如 name@example.com',
    );
    expect(screen.getByLabelText('姓名')).toHaveAccessibleDescription('请填写这一项');
    expect(screen.queryByText(/Invalid/)).not.toBeInTheDocument();
  });
});

describe('removing a member', () => {
  test('an associate is not offered it', async () => {
    const id = await signedUp();
    show(`/members/${id}`);
    await screen.findByRole('button', { name: '记录到店' });
    expect(screen.queryByRole('heading', { name: '删除会员' })).not.toBeInTheDocument();
  });

  test('removing a member asks first for her PIN to be confirmed by the server', async () => {
    signIn('manager');
    const id = await signedUp({ name: '王测试' });
    show(`/members/${id}`);
    expect(await screen.findByRole('heading', { name: '请确认是你本人' })).toBeInTheDocument();
    expect(screen.getByLabelText('PIN 码')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '删除（录入错误）' })).not.toBeInTheDocument();
  });

  test('a manager deletes a record entered by mistake, with a reason; she cannot erase', async () => {
    const user = userEvent.setup();
    signIn('manager', newStaffId(), true);
    const id = await signedUp({ name: '王测试' });
    show(`/members/${id}`);
    const mistake = await screen.findByRole('button', { name: '删除（录入错误）' });
    expect(mistake).toBeDisabled();
    expect(screen.queryByRole('button', { name: '应本人要求删除全部资料' })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('原因'), '重复录入');
    await user.click(mistake);
    const dialog = screen.getByRole('alertdialog', { name: '删除 王测试 的会员记录？' });
    await user.click(within(dialog).getByRole('button', { name: '确认删除' }));
    expect(await screen.findByText('找会员')).toBeInTheDocument();
    expect(await db.members.get(id)).toBeUndefined();
    const [queued] = (await db.outbox.toArray()).filter((r) => r.mutation.kind === 'member.delete');
    expect(queued?.mutation.payload).toEqual({ reason: '重复录入' });
  });

  test('the owner erases her data at her request only once the request is checked', async () => {
    const user = userEvent.setup();
    signIn('owner', newStaffId(), true);
    const id = await signedUp({ name: '赵女士' });
    await commands.recordVisit(id, {});
    show(`/members/${id}`);
    await user.type(await screen.findByLabelText('原因'), '本人书面申请');
    await user.click(screen.getByRole('button', { name: '应本人要求删除全部资料' }));
    const dialog = screen.getByRole('alertdialog', { name: '删除 赵女士 的全部个人资料？' });
    const erase = within(dialog).getByRole('button', { name: '确认永久删除' });
    expect(erase).toBeDisabled();
    await user.click(within(dialog).getByLabelText('我已核实这是顾客本人的要求'));
    await user.click(erase);
    expect(await screen.findByText('找会员')).toBeInTheDocument();
    expect(await db.members.get(id)).toBeUndefined();
    expect(await db.events.where('memberId').equals(id).count()).toBe(0);
  });
});

describe('a read-only tablet', () => {
  test('refuses a change with a message saying why, and keeps showing her profile', async () => {
    const user = userEvent.setup();
    const id = await signedUp();
    await writeMeta(db, 'lastContactAt', Date.now() - 73 * 3_600_000);
    show(`/members/${id}`);
    await user.click(await screen.findByRole('button', { name: '记录到店' }));
    await user.click(screen.getByRole('button', { name: '保存到店' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '只能查看：这台平板太久没有连上服务器，这次改动没有保存。请连网同步后再试。',
    );
    expect(screen.getByRole('heading', { name: '张晓梅' })).toBeInTheDocument();
    expect(await db.events.count()).toBe(0);
  });
});
