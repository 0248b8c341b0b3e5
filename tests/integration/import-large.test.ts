import { describe, expect, test } from 'vitest';
import {
  ImportJob,
  ImportRefusalPage,
  ImportUpload,
  type ImportRefusal,
} from '../../src/shared/schemas/import.schema';
import { testServer } from '../fixtures/test-server';
import { csvBytes, largeFile } from '../fixtures/import-files';

// 100,000 rows of GBK CSV, streamed through both passes as a dry run (the benchmark times the
// real import: tests/bench/import-bench.ts). SQLite only: the reading does not depend on the database.

describe('a 100,000-row file', () => {
  test('is read whole, and its report matches what was planted', { timeout: 120_000 }, async () => {
    const server = await testServer('sqlite');
    const planted = largeFile(100_000);
    const res = await server.as('manager').inject({
      method: 'POST',
      url: '/api/imports?name=big.csv',
      headers: { 'content-type': 'application/octet-stream' },
      payload: csvBytes(planted.rows, { encoding: 'gb18030', bom: false }),
    });
    expect(res.statusCode).toBe(201);
    const up = ImportUpload.parse(res.json());
    expect(up).toMatchObject({ encoding: 'gb18030', mapping: ['name', 'phone'] });
    await server.as('manager').post(`/api/imports/${up.importId}/start`, {
      mapping: up.mapping,
      duplicates: 'skip',
      dryRun: true,
    });
    let job = ImportJob.parse((await server.as('manager').get(`/api/imports/${up.importId}`)).json());
    const seen = new Set<string>();
    while (job.state === 'running') {
      seen.add(job.phase ?? '');
      await new Promise((r) => setTimeout(r, 50));
      job = ImportJob.parse((await server.as('manager').get(`/api/imports/${up.importId}`)).json());
    }
    expect(job).toMatchObject({ state: 'done', rowsDone: 100_000, rowsTotal: 100_000 });
    expect(seen).toContain('writing');
    const refusals: ImportRefusal[] = [];
    for (let after = 0; ;) {
      const page = ImportRefusalPage.parse(
        (
          await server.as('manager').get(`/api/imports/${up.importId}/refusals?after=${after}&limit=1000`)
        ).json(),
      );
      refusals.push(...page.refusals);
      if (page.next === null) break;
      after = page.next;
    }
    expect({ ...job.counts, refusals }).toEqual(planted.report);
  });
});
