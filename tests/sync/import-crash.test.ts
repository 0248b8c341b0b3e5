import { afterEach, describe, expect, test } from 'vitest';
import { sql } from 'kysely';
import { SESSION_HEADER } from '../../src/shared/schemas/security.schema';
import {
  ImportJob,
  ImportRefusalPage,
  ImportUpload,
  type ImportRefusal,
} from '../../src/shared/schemas/import.schema';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { csvBytes, plantedFile } from '../fixtures/import-files';
import { enrolOverHttp, startServerUnderTest, type ServerUnderTest } from './fixtures/server-process';

// A server killed with SIGKILL in the middle of a large import, then started again: each batch
// commits with the job's progress, so the database never holds half a batch, and the restarted
// server resumes the job after its last committed batch and ends with exactly the planted report.

const ROWS = 12_000;

describe.each(TEST_DIALECTS)('an import on %s survives the server being killed', (dialect) => {
  let env: ServerUnderTest | null = null;
  afterEach(async () => {
    await env?.close();
    env = null;
  });

  test(
    'no half batch after the kill; the restarted server finishes the job as planted',
    { timeout: 120_000 },
    async () => {
      env = await startServerUnderTest(dialect);
      const url = env.process.url;
      const owner = await enrolOverHttp(url, '店长的平板', true);
      const call = (path: string, init: RequestInit = {}) =>
        fetch(`${url}${path}`, {
          ...init,
          headers: { ...headersOf(owner), ...(init.headers as Record<string, string> | undefined) },
        });
      const planted = plantedFile(ROWS);
      const uploaded = await call('/api/imports?name=big.csv', {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream' },
        body: new Uint8Array(csvBytes(planted.rows, { encoding: 'gb18030', bom: false })),
      });
      expect(uploaded.status).toBe(201);
      const up = ImportUpload.parse(await uploaded.json());
      const started = await call(`/api/imports/${up.importId}/start`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ mapping: up.mapping, duplicates: 'skip', dryRun: false }),
      });
      expect(started.status).toBe(202);
      const job = async () => ImportJob.parse(await (await call(`/api/imports/${up.importId}`)).json());

      // Killed once some batches have committed and before the last.
      for (;;) {
        const j = await job();
        expect(j.state).toBe('running');
        if (j.phase === 'writing' && j.rowsDone >= 1_000) break;
        await new Promise((r) => setTimeout(r, 10));
      }
      await env.process.kill();

      const atKill = await env.withDatabase(async (db) => {
        const row = await db
          .selectFrom('import_jobs')
          .select(['counts', 'rows_done', 'state'])
          .executeTakeFirstOrThrow();
        const members = await db
          .selectFrom('members')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        const refusals = await db
          .selectFrom('import_refusals')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        return {
          ...row,
          counts: JSON.parse(row.counts) as ImportJob['counts'],
          members: members.n,
          refusals: refusals.n,
        };
      });
      expect(atKill.state).toBe('running');
      expect(atKill.rows_done).toBeLessThan(planted.report.rowsRead);
      // What committed is whole batches: the members and refusals written are exactly those counted.
      expect(atKill.members).toBe(atKill.counts.imported);
      expect(atKill.refusals).toBe(atKill.counts.refused);
      expect(atKill.counts.rowsRead).toBe(atKill.rows_done);

      await env.process.start();
      let done = await job();
      while (done.state === 'running') {
        await new Promise((r) => setTimeout(r, 50));
        done = await job();
      }
      expect(done.state).toBe('done');
      const refusals: ImportRefusal[] = [];
      for (let after = 0; ;) {
        const page = ImportRefusalPage.parse(
          await (await call(`/api/imports/${up.importId}/refusals?after=${after}&limit=1000`)).json(),
        );
        refusals.push(...page.refusals);
        if (page.next === null) break;
        after = page.next;
      }
      expect({ ...done.counts, refusals }).toEqual(planted.report);
      const phones = await env.withDatabase((db) =>
        db
          .selectFrom('members')
          .select([sql<number>`count(distinct phone)`.as('phones'), sql<number>`count(*)`.as('members')])
          .executeTakeFirstOrThrow(),
      );
      expect({ phones: phones.phones, members: phones.members }).toEqual({
        phones: planted.report.imported,
        members: planted.report.imported,
      });
    },
  );
});

function headersOf(owner: Enrolment): Record<string, string> {
  return { authorization: `Bearer ${owner.device.token}`, [SESSION_HEADER]: owner.session.token };
}
