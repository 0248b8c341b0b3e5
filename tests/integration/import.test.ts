import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  ImportJob,
  ImportPreview,
  ImportUpload,
  type DuplicateChoice,
  type ImportMapping,
} from '../../src/shared/schemas/import.schema';
import { UPLOAD_KEPT_MS } from '../../src/server/services/import.service';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { sharedTestServer, testServer, type TestServer } from '../fixtures/test-server';
import { mutationMaker, push } from '../fixtures/sync-api';
import { signIn } from '../fixtures/security-api';
import { memberFields } from '../fixtures/factories';
import {
  csvBytes,
  EN_HEADER,
  HEADER,
  memberRow,
  nameOf,
  phoneOf,
  plantedFile,
  writeXlsx,
  type CsvEncoding,
} from '../fixtures/import-files';

const dir = mkdtempSync(path.join(os.tmpdir(), 'import-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function upload(server: TestServer, bytes: Buffer, name = 'members.csv') {
  const res = await server.as('manager').inject({
    method: 'POST',
    url: `/api/imports?name=${encodeURIComponent(name)}`,
    headers: { 'content-type': 'application/octet-stream' },
    payload: bytes,
  });
  expect(res.statusCode, res.body).toBe(201);
  return ImportUpload.parse(res.json());
}

async function runImport(
  server: TestServer,
  up: ImportUpload,
  o: { duplicates?: DuplicateChoice; dryRun?: boolean; mapping?: ImportMapping } = {},
) {
  const res = await server.as('manager').post(`/api/imports/${up.importId}/start`, {
    mapping: o.mapping ?? up.mapping,
    duplicates: o.duplicates ?? 'skip',
    dryRun: o.dryRun ?? false,
  });
  expect(res.statusCode, res.body).toBe(202);
  for (;;) {
    const job = ImportJob.parse((await server.as('manager').get(`/api/imports/${up.importId}`)).json());
    if (job.state !== 'running') return job;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Move the clock on; the manager's session has expired by then, so she signs in again. */
async function later(server: TestServer, ms: number) {
  server.setNow(ms);
  const manager = server.staff.manager;
  if (!manager) throw new Error('no manager');
  const session = (await signIn(server.app, server.owner.device.token, manager.card.id, manager.pin)).token;
  (server.staff as Record<string, typeof manager>).manager = { ...manager, session };
}

const report = (job: ImportJob) => ({ ...job.counts, refusals: job.refusals });

describe.each(TEST_DIALECTS)('imports on %s', (dialect) => {
  describe('every encoding and separator, as a dry run on one server', () => {
    const server = sharedTestServer(dialect);
    test.each<[CsvEncoding, boolean, string, boolean]>([
      ['utf-8', true, ',', false],
      ['utf-8', false, ';', true],
      ['gb18030', false, ',', false],
      ['utf-16le', true, '\t', false],
      ['utf-16le', false, ',', false],
      ['utf-16be', true, ',', false],
      ['utf-16be', false, '\t', false],
    ])(
      'a %s CSV (BOM %s, separator %j, ragged rows %s) with planted problems gives exactly the planted report',
      async (encoding, bom, separator, ragged) => {
        const planted = plantedFile(60);
        const up = await upload(server, csvBytes(planted.rows, { encoding, bom, separator, ragged }));
        expect(up).toMatchObject({
          format: 'csv',
          encoding: bom && encoding === 'utf-8' ? 'utf-8-bom' : encoding,
          separator,
          headerLine: 3,
          headers: HEADER,
        });
        expect(up.mapping).toEqual([
          'cardNo',
          'name',
          'phone',
          'gender',
          'birthday',
          'size.tops',
          'size.shoes',
          'totalSpend',
          'points',
          'owner',
          'notes',
        ]);
        expect(up.sample[0]?.cells[1]).toBe(nameOf(0));
        const job = await runImport(server, up, { dryRun: true });
        expect(job.state).toBe('done');
        expect(report(job)).toEqual(planted.report);
      },
    );
  });

  // Once in four whole runs with two files at a time (2026-12-05), the job read 15 rows of another
  // shape (names missing) where 60 were planted; not reproduced alone or beside the other import
  // files. Retried once while that is found, so a second failure still fails the run.
  test(
    'an .xlsx with serial dates, a merged title and formulas imports as planted; members are findable by pinyin',
    { retry: 1 },
    async () => {
      const server = await testServer(dialect);
      const planted = plantedFile(60);
      const file = path.join(dir, `${dialect}-planted.xlsx`);
      await writeXlsx(file, planted.rows);
      const up = await upload(server, readFileSync(file), '会员.xlsx');
      expect(up).toMatchObject({ format: 'xlsx', headerLine: 3, headers: HEADER });
      const job = await runImport(server, up);
      expect(report(job)).toEqual(planted.report);
      const rows = await server.db.db
        .selectFrom('members')
        .select(['record', 'pinyin', 'initials'])
        .where('state', '=', 'live')
        .execute();
      expect(rows).toHaveLength(planted.report.imported);
      const zhang = rows.find((r) => r.record?.includes(`"phone":"${phoneOf(0)}"`));
      expect(zhang).toMatchObject({ pinyin: 'zhangxiaomei', initials: 'zxm' });
      const her = JSON.parse(zhang?.record ?? '{}') as { fields: Record<string, unknown> };
      expect(her.fields).toMatchObject({ name: '张晓梅', gender: 'male', sizes: { tops: 'S', shoes: '35' } });
      const formula = rows.find((r) => r.record?.includes(`"phone":"${phoneOf(13)}"`));
      expect(JSON.parse(formula?.record ?? '{}').fields.name).toBe(`HYPERLINK("x","${nameOf(13)}")`);
    },
  );

  test('a dry run writes nothing and reports what the import would do; the real run after it agrees', async () => {
    const server = await testServer(dialect);
    const planted = plantedFile(40);
    const up = await upload(server, csvBytes(planted.rows, { encoding: 'gb18030', bom: false }));
    const dry = await runImport(server, up, { dryRun: true });
    expect(dry.dryRun).toBe(true);
    expect(report(dry)).toEqual(planted.report);
    const members = await server.db.db.selectFrom('members').select('id').execute();
    expect(members).toHaveLength(0);
    const real = await runImport(server, up);
    expect(report(real)).toEqual(planted.report);
  });

  test.each(['skip', 'merge', 'update'] as const)(
    'rows already on the roster: the manager chooses %s',
    async (duplicates) => {
      const server = await testServer(dialect);
      const m = mutationMaker(server.owner, server.now());
      await push(
        server.app,
        server.owner.device.token,
        [0, 1].map((i) =>
          m.create(
            memberFields({ name: `老会员${i}`, phone: phoneOf(i), cardNo: `10000000001${i === 0 ? 9 : 7}` }),
          ),
        ),
        server.owner.session.token,
      );
      const rows = [EN_HEADER, memberRow(0), memberRow(1), memberRow(2)];
      const up = await upload(server, csvBytes(rows, { encoding: 'utf-8', bom: false }));
      const job = await runImport(server, up, { duplicates });
      const expected = { skip: 'skipped', merge: 'merged', update: 'updated' }[duplicates];
      expect(job.counts).toEqual({
        rowsRead: 3,
        imported: 1,
        updated: 0,
        merged: 0,
        skipped: 0,
        refused: 0,
        [expected]: 2,
      });
      const names = (await server.db.db.selectFrom('members').select('record').execute()).map(
        (r) => JSON.parse(r.record ?? '{}').fields.name as string,
      );
      expect(names.sort()).toEqual(
        (duplicates === 'update'
          ? [nameOf(0), nameOf(1), nameOf(2)]
          : ['老会员0', '老会员1', nameOf(2)]
        ).sort(),
      );
    },
  );

  test('the preview shows the first rows as they would be stored, with the refusals', async () => {
    const server = await testServer(dialect);
    const planted = plantedFile(20);
    const up = await upload(server, csvBytes(planted.rows, { encoding: 'utf-8', bom: true }));
    const res = await server.as('manager').post(`/api/imports/${up.importId}/preview`, {
      mapping: up.mapping,
      duplicates: 'skip',
    });
    const preview = ImportPreview.parse(res.json());
    expect(preview.rows[1]).toMatchObject({
      outcome: 'import',
      values: { phone: phoneOf(1), birthday: expect.any(String) },
    });
    expect(preview.rows.filter((r) => r.outcome === 'refuse').map((r) => r.refusal)).toEqual(
      planted.report.refusals,
    );
    // A row refused for its own values shows what it held: whose row, and the value refused.
    const held = (line: number | undefined) => preview.rows.find((r) => r.line === line)?.values;
    const [badPhone, noName, , badBirthday] = planted.report.refusals;
    expect(held(badPhone?.line)).toMatchObject({ name: nameOf(3), phone: '1380013800' });
    expect(held(noName?.line)).toMatchObject({ phone: expect.stringMatching(/\d{4}/), gender: '女' });
    expect(held(noName?.line)).not.toHaveProperty('name');
    expect(held(badBirthday?.line)).toMatchObject({ name: nameOf(11), birthday: '1990-02-30' });
  });

  test('files left waiting a day are swept: an upload never started is gone, a dry run keeps its report', async () => {
    const importDir = mkdtempSync(path.join(dir, 'sweep-'));
    const server = await testServer(dialect, { app: { importDir } });
    const fileOf = (id: string) => path.join(importDir, `${id}.upload`);
    const bytes = csvBytes(plantedFile(5).rows, { encoding: 'utf-8', bom: false });
    const t0 = server.now();
    const neverStarted = await upload(server, bytes);
    const dryRun = await upload(server, bytes);
    const dryJob = await runImport(server, dryRun, { dryRun: true });
    // A file with no job at all: a server stopped while it was arriving.
    const orphan = path.join(importDir, 'orphan.upload');
    writeFileSync(orphan, bytes);
    utimesSync(orphan, new Date(t0 - 2 * UPLOAD_KEPT_MS), new Date(t0 - 2 * UPLOAD_KEPT_MS));

    await later(server, t0 + UPLOAD_KEPT_MS - 60_000);
    const fresh = await upload(server, bytes);
    expect([neverStarted, dryRun].map((u) => existsSync(fileOf(u.importId)))).toEqual([true, true]);
    expect(existsSync(orphan)).toBe(false);

    await later(server, t0 + UPLOAD_KEPT_MS + 60_000);
    await upload(server, bytes);
    expect([neverStarted, dryRun, fresh].map((u) => existsSync(fileOf(u.importId)))).toEqual([
      false,
      false,
      true,
    ]);
    const gone = ImportJob.parse(
      (await server.as('manager').get(`/api/imports/${neverStarted.importId}`)).json(),
    );
    expect(gone).toMatchObject({ state: 'failed', error: 'import-gone' });
    const preview = await server.as('manager').post(`/api/imports/${neverStarted.importId}/preview`, {
      mapping: neverStarted.mapping,
      duplicates: 'skip',
    });
    expect(preview.json()).toMatchObject({ code: 'import-gone' });
    const kept = ImportJob.parse((await server.as('manager').get(`/api/imports/${dryRun.importId}`)).json());
    expect(report(kept)).toEqual(report(dryJob));
    const start = await server.as('manager').post(`/api/imports/${dryRun.importId}/start`, {
      mapping: dryRun.mapping,
      duplicates: 'skip',
      dryRun: false,
    });
    expect([start.statusCode, start.json()]).toMatchObject([409, { code: 'import-gone' }]);
  });

  test('an associate may not import', async () => {
    const server = await testServer(dialect);
    const res = await server.as('associate').inject({
      method: 'POST',
      url: '/api/imports?name=a.csv',
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.from('姓名,手机\n张三,13800138000\n'),
    });
    expect(res.statusCode).toBe(403);
  });
});
