import { beforeEach, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import type { AuditEntry, AuditPage } from '../../src/shared/schemas/security.schema';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import type { MemberId, StaffId } from '../../src/shared/schemas/ids.schema';
import { TEST_DIALECTS, type TestDatabase } from '../fixtures/test-databases';
import { testServer } from '../fixtures/test-server';
import { mutationMaker, push } from '../fixtures/sync-api';
import { addStaff, signIn, staffHeaders } from '../fixtures/security-api';
import { memberFields } from '../fixtures/factories';

const NOW = 1_800_000_000_000;

describe.each(TEST_DIALECTS)('the audit log on %s', (dialect) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let owner: Enrolment;
  beforeEach(async () => {
    ({ db, app, owner } = await testServer(dialect, { seed: 'store', now: NOW }));
  });

  const entry = (at: number, more: Partial<AuditEntry> = {}): AuditEntry => ({
    id: uuidv7(),
    at,
    staffId: owner.staff.id,
    action: 'profile.view',
    memberId: '0190c000-0000-7000-8000-0000000000cc' as MemberId,
    ...more,
  });
  const upload = (entries: AuditEntry[]) =>
    app.inject({
      method: 'POST',
      url: '/api/audit',
      headers: staffHeaders(owner.device.token),
      payload: { entries },
    });
  const page = async (query: string) => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/audit?${query}`,
      headers: staffHeaders(owner.device.token, owner.session.token),
    });
    expect(res.statusCode).toBe(200);
    return res.json<AuditPage>();
  };

  test('an upload sent twice is stored once; a staff id of no one here is dropped', async () => {
    const entries = [
      entry(NOW - 3),
      entry(NOW - 2, { action: 'phone.reveal' }),
      entry(NOW - 1, {
        action: 'pin.fail',
        staffId: '0190c000-0000-7000-8000-0000000000dd' as StaffId,
        memberId: null,
      }),
    ];
    expect((await upload(entries)).json()).toEqual({ stored: 3 });
    expect((await upload(entries)).json()).toEqual({ stored: 0 });
    const rows = await db.db
      .selectFrom('audit_log')
      .select(['id', 'staff_id', 'device_id', 'store_id'])
      .where(
        'id',
        'in',
        entries.map((e) => e.id),
      )
      .orderBy('at')
      .execute();
    expect(rows.map((r) => r.staff_id)).toEqual([owner.staff.id, owner.staff.id, null]);
    expect(rows.every((r) => r.device_id === owner.device.id && r.store_id === owner.store.id)).toBe(true);
  });

  test('refuses an upload with actions only the server writes, or extra fields', async () => {
    expect((await upload([entry(1, { action: 'export' as never })])).statusCode).toBe(422);
    const res = await app.inject({
      method: 'POST',
      url: '/api/audit',
      headers: staffHeaders(owner.device.token),
      payload: { entries: [{ ...entry(1), storeId: owner.store.id }] },
    });
    expect(res.statusCode).toBe(422);
  });

  test('pages newest first and never splits one millisecond between pages', async () => {
    // 25 lines over 10 ms, three at most sharing one; set-up's own line is older than all.
    const entries = Array.from({ length: 25 }, (_, i) => entry(NOW + 100 + Math.floor(i / 3)));
    await upload(entries);
    const seen: string[] = [];
    let before: number | null = NOW + 1_000;
    let pages = 0;
    while (before !== null) {
      const p: AuditPage = await page(`limit=4&before=${before}`);
      expect(p.lines.length).toBeGreaterThan(0);
      const ats = p.lines.map((l) => l.at);
      expect([...ats].sort((a, b) => b - a)).toEqual(ats);
      if (p.before !== null) expect(Math.min(...ats)).toBe(p.before);
      seen.push(...p.lines.map((l) => l.id));
      before = p.before;
      pages++;
    }
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(entries.map((e) => e.id)));
    expect(seen).toHaveLength(26);
    const first = await page('limit=2');
    expect(first.lines[0]).toMatchObject({ action: 'profile.view', staffName: '王丽', deviceName: '平板 1' });
  });

  test('refuses a bad page query', async () => {
    for (const q of ['limit=0', 'limit=201', 'before=-1', 'limit=abc', 'limit=2&limit=3', 'extra=1']) {
      const res = await app.inject({
        method: 'GET',
        url: `/api/audit?${q}`,
        headers: staffHeaders(owner.device.token, owner.session.token),
      });
      expect([q, res.statusCode]).toEqual([q, 422]);
    }
  });

  test('the server writes its own lines for what it applies, with ids and field names only', async () => {
    const m = mutationMaker(owner, NOW - 60_000);
    const create = m.create(memberFields({ name: '张晓梅', phone: '13800138000' }));
    const id = create.entityId as MemberId;
    const edit = m.update(id, { name: '张小梅', address: '上海市静安区' });
    const consent = m.update(id, { consent: { ...memberFields().consent, marketing: true } });
    const remove = m.remove(id);
    const other = m.create(memberFields({ phone: '13900139000', cardNo: '100000000019' }));
    const erase = m.erase(other.entityId as MemberId);
    await push(app, owner.device.token, [create, edit, consent, remove, other, erase], owner.session.token);
    const rows = await db.db
      .selectFrom('audit_log')
      .selectAll()
      .where('member_id', 'is not', null)
      .orderBy('id')
      .execute();
    expect(rows.map((r) => [r.action, r.member_id, r.detail])).toEqual([
      ['consent.change', id, '{"record":true,"marketing":false,"notice":"2025-01"}'],
      ['member.edit', id, '{"fields":"name,address"}'],
      ['member.edit', id, '{"fields":"consent"}'],
      ['consent.change', id, '{"record":true,"marketing":true,"notice":"2025-01"}'],
      ['member.delete', id, null],
      ['consent.change', other.entityId, '{"record":true,"marketing":false,"notice":"2025-01"}'],
      ['member.erase', other.entityId, null],
    ]);
    expect(rows.every((r) => r.staff_id === owner.staff.id && r.device_id === owner.device.id)).toBe(true);
    const text = JSON.stringify(await db.db.selectFrom('audit_log').selectAll().execute());
    for (const personal of ['张', '1380013', '1390013', '上海']) expect(text).not.toContain(personal);
  });

  test('an associate may upload but not read', async () => {
    const lina = await addStaff(app, owner, { name: '李娜', role: 'associate', pin: '461825' });
    const session = (await signIn(app, owner.device.token, lina.id, '461825')).token;
    const res = await app.inject({
      method: 'GET',
      url: '/api/audit',
      headers: staffHeaders(owner.device.token, session),
    });
    expect(res.statusCode).toBe(403);
  });
});
