import { beforeEach, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { DEFAULT_STORE_SETTINGS } from '../../src/shared/domain/store-settings';
import { DEFAULT_PROGRAMME_RULES } from '../../src/shared/domain/programme/rules';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import type { MemberRecord } from '../../src/shared/schemas/member.schema';
import type { MemberId } from '../../src/shared/schemas/ids.schema';
import { TEST_DIALECTS, type TestDatabase } from '../fixtures/test-databases';
import { testServer } from '../fixtures/test-server';
import { mutationMaker, push } from '../fixtures/sync-api';
import { addStaff, signIn, staffHeaders } from '../fixtures/security-api';
import { memberFields } from '../fixtures/factories';
import ExcelJS from 'exceljs';

/** The workbook's first sheet read back with exceljs, every row as its cells' values. */
async function sheetRows(body: Buffer): Promise<{ values: unknown[][]; formulas: number }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  const values: unknown[][] = [];
  let formulas = 0;
  book.worksheets[0]?.eachRow((row) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) formulas += 1;
      cells.push(cell.value);
    });
    values.push(cells);
  });
  return { values, formulas };
}

// 2027-01-15 10:00 in Shanghai.
const NOW = Date.UTC(2027, 0, 15, 2);

describe.each(TEST_DIALECTS)('POST /api/export on %s', (dialect) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let owner: Enrolment;
  beforeEach(async () => {
    ({ db, app, owner } = await testServer(dialect, { seed: 'store', now: NOW }));
  });

  const exportAs = (session: string, body: unknown = { reason: '季度回访名单' }, language = 'zh-CN') =>
    app.inject({
      method: 'POST',
      url: '/api/export',
      headers: { ...staffHeaders(owner.device.token, session), 'accept-language': language },
      payload: body as object,
    });

  test('a manager gets the live members as UTF-8 CSV with a BOM, tier and spend from their events', async () => {
    const m = mutationMaker(owner, NOW - 86_400_000);
    const her = m.create(
      memberFields({
        name: '张晓梅',
        ownerStaffId: owner.staff.id,
        birthday: { calendar: 'solar', year: 1990, month: 3, day: 8 },
      }),
    );
    const gone = m.create(memberFields({ name: '删除的', phone: '13900139000', cardNo: '100000000019' }));
    await push(
      app,
      owner.device.token,
      [
        her,
        m.purchase(her.entityId as MemberId, 600_000),
        m.visit(her.entityId as MemberId),
        gone,
        m.remove(gone.entityId as MemberId),
      ],
      owner.session.token,
    );
    const res = await exportAs(owner.session.token);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="floorbook-members-20270115.csv"');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('卡号,姓名,手机,性别,生日,专属导购,等级,累计消费（元）,最近到店,同意营销');
    expect(lines.slice(1)).toEqual([
      '100000000001,张晓梅,13800138000,女,1990-03-08,王丽,银卡,6000.00,2027-01-14,否',
      '',
    ]);
    const english = await exportAs(owner.session.token, { reason: 'quarterly calls' }, 'en');
    expect(english.body.split('\r\n')[1]).toBe(
      '100000000001,张晓梅,13800138000,female,1990-03-08,王丽,silver,6000.00,2027-01-14,no',
    );
  });

  test('a cell that a spreadsheet would run as a formula stays text, and quotes are quoted', async () => {
    const m = mutationMaker(owner, NOW - 60_000);
    const a = m.create(memberFields());
    const b = m.create(memberFields({ phone: '13900139000', cardNo: '100000000019' }));
    await push(app, owner.device.token, [a, b]);
    // Rows written before names were checked, or by a tool around the API: the export must not trust them.
    const rewrite = async (id: string, name: string) => {
      const row = await db.db
        .selectFrom('members')
        .select('record')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const record = JSON.parse(row.record ?? '') as MemberRecord;
      const next = { ...record, fields: { ...record.fields, name } };
      await db.db
        .updateTable('members')
        .set({ record: JSON.stringify(next) })
        .where('id', '=', id)
        .execute();
    };
    await rewrite(a.entityId, '=HYPERLINK("http://evil.example","点我")');
    await rewrite(b.entityId, '@SUM(1+1)');
    await db.db.updateTable('staff').set({ name: '-2+3,"王"' }).where('id', '=', owner.staff.id).execute();
    const body = (await exportAs(owner.session.token)).body;
    expect(body).toContain(`,"'=HYPERLINK(""http://evil.example"",""点我"")",`);
    expect(body).toContain(`,'@SUM(1+1),`);
    for (const line of body.split('\r\n').slice(1))
      expect(line.split(',').every((c) => !/^[=+\-@]/.test(c))).toBe(true);
  });

  test('is audited with the reason and the row count, and nothing personal', async () => {
    const m = mutationMaker(owner, NOW - 60_000);
    await push(app, owner.device.token, [m.create(memberFields())]);
    await exportAs(owner.session.token);
    const lines = await db.db.selectFrom('audit_log').selectAll().where('action', '=', 'export').execute();
    expect(lines).toMatchObject([
      {
        staff_id: owner.staff.id,
        device_id: owner.device.id,
        member_id: null,
        detail: JSON.stringify({ reason: '季度回访名单', format: 'csv', rows: 1 }),
      },
    ]);
  });

  test('as .xlsx: the same rows read back with exceljs, spend a number, the file audited as xlsx', async () => {
    const m = mutationMaker(owner, NOW - 86_400_000);
    const her = m.create(
      memberFields({
        name: '张晓梅',
        ownerStaffId: owner.staff.id,
        birthday: { calendar: 'lunar', month: 8, day: 15 },
      }),
    );
    await push(
      app,
      owner.device.token,
      [her, m.purchase(her.entityId as MemberId, 600_050)],
      owner.session.token,
    );
    const res = await exportAs(owner.session.token, { reason: '季度回访名单', format: 'xlsx' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toBe('attachment; filename="floorbook-members-20270115.xlsx"');
    const { values } = await sheetRows(res.rawPayload);
    expect(values).toEqual([
      ['卡号', '姓名', '手机', '性别', '生日', '专属导购', '等级', '累计消费（元）', '最近到店', '同意营销'],
      // A manager's role sees the whole phone, as on her tablet.
      [
        '100000000001',
        '张晓梅',
        '13800138000',
        '女',
        '农历 08-15',
        '王丽',
        '银卡',
        6000.5,
        '2027-01-14',
        '否',
      ],
    ]);
    const english = await exportAs(owner.session.token, { reason: 'quarterly calls', format: 'xlsx' }, 'en');
    expect((await sheetRows(english.rawPayload)).values[0]?.[0]).toBe('Card no');
    const audit = await db.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'export')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => JSON.parse(a.detail ?? '') as unknown)).toEqual([
      { reason: '季度回访名单', format: 'xlsx', rows: 1 },
      { reason: 'quarterly calls', format: 'xlsx', rows: 1 },
    ]);
  });

  test('as .xlsx, a cell that reads like a formula is text with the same apostrophe, and no cell is a formula', async () => {
    const m = mutationMaker(owner, NOW - 60_000);
    const a = m.create(memberFields());
    await push(app, owner.device.token, [a]);
    const row = await db.db
      .selectFrom('members')
      .select('record')
      .where('id', '=', a.entityId)
      .executeTakeFirstOrThrow();
    const record = JSON.parse(row.record ?? '') as MemberRecord;
    const name = '=HYPERLINK("http://evil.example","点我")';
    await db.db
      .updateTable('members')
      .set({ record: JSON.stringify({ ...record, fields: { ...record.fields, name } }) })
      .where('id', '=', a.entityId)
      .execute();
    await db.db.updateTable('staff').set({ name: '@SUM(1+1)' }).where('id', '=', owner.staff.id).execute();
    const res = await exportAs(owner.session.token, { reason: '季度回访名单', format: 'xlsx' });
    const { values, formulas } = await sheetRows(res.rawPayload);
    expect(formulas).toBe(0);
    expect(values[1]?.[1]).toBe(`'${name}`);
    for (const cell of values.flat()) if (typeof cell === 'string') expect(cell).not.toMatch(/^[=+\-@]/);
  });

  test('the cards about to lapse by the store rules: idle from the lapse day to the dead day, soonest first', async () => {
    const DAY = 86_400_000;
    const m = mutationMaker(owner, NOW - 500 * DAY);
    const cards = ['100000000001', '100000000019', '100000000027', '100000000035'];
    const signUp = (n: number, name: string) =>
      m.create(memberFields({ name, phone: `1380013800${String(n)}`, cardNo: cards[n] ?? '' }));
    const away200 = signUp(0, '二百天');
    const away10 = signUp(1, '十天');
    const away400 = signUp(2, '四百天');
    const mutations = [away200, away10, away400];
    const visitAt = (member: typeof away200, daysAgo: number) => {
      m.at(NOW - daysAgo * DAY);
      mutations.push(m.visit(member.entityId as MemberId));
    };
    visitAt(away200, 200);
    visitAt(away10, 10);
    visitAt(away400, 400);
    // Signed up 300 days ago and never came back: idle counts from the sign-up.
    m.at(NOW - 300 * DAY);
    mutations.push(signUp(3, '没来过'));
    await push(app, owner.device.token, mutations);
    const res = await exportAs(owner.session.token, { reason: '本月即将失效的卡', selection: 'lapsing' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="floorbook-lapsing-20270115.csv"');
    const lines = res.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      '卡号,姓名,手机,性别,生日,专属导购,等级,累计消费（元）,最近到店,同意营销,失效日期,剩余天数',
    );
    // Defaults: about to lapse from 180 idle days, dead from 365.
    expect(lines.slice(1).map((l) => l.split(',').filter((_, i) => [1, 8, 10, 11].includes(i)))).toEqual([
      ['没来过', '', '2027-03-21', '65'],
      ['二百天', '2026-06-29', '2027-06-29', '165'],
      [],
    ]);
    const audit = await db.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'export')
      .execute();
    expect(audit).toEqual([
      {
        detail: JSON.stringify({ reason: '本月即将失效的卡', format: 'csv', rows: 2, selection: 'lapsing' }),
      },
    ]);
  });

  test("the cards about to lapse follow the store's own thresholds", async () => {
    const DAY = 86_400_000;
    const m = mutationMaker(owner, NOW - 100 * DAY);
    const her = m.create(memberFields());
    await push(app, owner.device.token, [her]);
    const lapsing = async () =>
      (await exportAs(owner.session.token, { reason: '本月即将失效的卡', selection: 'lapsing' })).body
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .slice(1, -1);
    expect(await lapsing()).toEqual([]);
    // The store's own rules, as a manager saved them: about to lapse from 60 idle days, dead from 120.
    const rules = {
      ...DEFAULT_PROGRAMME_RULES,
      dormancy: { dormantAfterDays: 30, lapseAfterDays: 60, deadAfterDays: 120 },
    };
    const record = { storeId: owner.store.id, fields: { ...DEFAULT_STORE_SETTINGS, rules }, clocks: {} };
    await db.db.deleteFrom('store_settings').where('store_id', '=', owner.store.id).execute();
    await db.db
      .insertInto('store_settings')
      .values({ store_id: owner.store.id, seq: 1_000, record: JSON.stringify(record), updated_at: NOW })
      .execute();
    expect((await lapsing()).map((l) => l.split(',').slice(-2))).toEqual([['2027-02-04', '20']]);
  });

  test('an associate is refused, and a reason is required', async () => {
    const lina = await addStaff(app, owner, { name: '李娜', role: 'associate', pin: '461825' });
    const session = (await signIn(app, owner.device.token, lina.id, '461825')).token;
    expect((await exportAs(session)).statusCode).toBe(403);
    for (const body of [
      {},
      { reason: '' },
      { reason: 'ab' },
      { reason: '=cmd' },
      { reason: 'ok fine', extra: 1 },
      { reason: 'ok fine', format: 'xls' },
    ])
      expect((await exportAs(owner.session.token, body)).statusCode).toBe(422);
    expect(await db.db.selectFrom('audit_log').select('id').where('action', '=', 'export').execute()).toEqual(
      [],
    );
  });
});
