import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  importFromCommandLine,
  ImportUsage,
  parseImportArgs,
  reportText,
} from '../../src/server/ops/import-command';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { testServer } from '../fixtures/test-server';
import { TEST_SECRET } from '../fixtures/test-secret';
import { csvBytes, plantedFile } from '../fixtures/import-files';

const dir = mkdtempSync(path.join(os.tmpdir(), 'import-command-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the import command line', () => {
  test('reads its options, and refuses a command it cannot run with the usage', () => {
    expect(parseImportArgs(['--store', '静安店', '--dry-run', '--json', 'a.csv'])).toEqual({
      store: '静安店',
      file: 'a.csv',
      dryRun: true,
      json: true,
      duplicates: 'skip',
      language: 'zh-CN',
    });
    expect(parseImportArgs(['a.csv', '--store', 'x', '--duplicates', 'merge', '--lang', 'en'])).toMatchObject(
      {
        duplicates: 'merge',
        language: 'en',
      },
    );
    expect(() => parseImportArgs(['a.csv'])).toThrow(ImportUsage);
    expect(() => parseImportArgs(['--store', 'x'])).toThrow(/Usage: npm run import/);
    expect(() => parseImportArgs(['--store', 'x', '--duplicates', 'both', 'a.csv'])).toThrow(
      /skip, merge or update/,
    );
    expect(() => parseImportArgs(['--store', 'x', '--force', 'a.csv'])).toThrow(/Unknown option --force/);
  });
});

describe.each(TEST_DIALECTS)('npm run import on %s', (dialect) => {
  test(
    'prints the planted report, as JSON or as sentences; a dry run writes nothing',
    { timeout: 60_000 },
    async () => {
      const server = await testServer(dialect, { seed: 'store' });
      const planted = plantedFile(40);
      const file = path.join(dir, `${dialect}.csv`);
      writeFileSync(file, csvBytes(planted.rows, { encoding: 'gb18030', bom: false }));
      const args = {
        store: '静安嘉里店',
        file,
        json: true,
        duplicates: 'skip' as const,
        language: 'en' as const,
      };
      const options = { importDir: path.join(dir, 'imports'), secret: TEST_SECRET };
      const dry = await importFromCommandLine(server.db, { ...args, ...options, dryRun: true });
      expect(dry.report).toEqual(planted.report);
      expect(await server.db.db.selectFrom('members').select('id').execute()).toHaveLength(0);

      const real = await importFromCommandLine(server.db, { ...args, ...options, dryRun: false });
      expect(JSON.parse(JSON.stringify(real.report))).toEqual(planted.report);
      expect(await server.db.db.selectFrom('members').select('id').execute()).toHaveLength(
        planted.report.imported,
      );
      const text = reportText(real.report, {
        storeName: real.storeName,
        file,
        dryRun: false,
        language: 'zh-CN',
      });
      expect(text.split('\n').slice(0, 3)).toEqual([
        `导入 ${dialect}.csv 到 静安嘉里店`,
        `读取 40 行：新增 ${planted.report.imported}，更新 0，合并 0，跳过 0，拒绝 ${planted.report.refused}`,
        `第 ${planted.report.refusals[0]?.line} 行：手机号不是 11 位大陆手机号`,
      ]);
      const audit = await server.db.db
        .selectFrom('audit_log')
        .select('detail')
        .where('action', '=', 'import')
        .execute();
      expect(audit.map((a) => JSON.parse(a.detail ?? '{}') as unknown)).toEqual([
        expect.objectContaining({
          fileName: `${dialect}.csv`,
          dryRun: true,
          imported: planted.report.imported,
        }),
        expect.objectContaining({
          fileName: `${dialect}.csv`,
          dryRun: false,
          refused: planted.report.refused,
        }),
      ]);
      await expect(
        importFromCommandLine(server.db, { ...args, ...options, dryRun: true, store: '别的店' }),
      ).rejects.toThrow('There is no store named or numbered 别的店.');
    },
  );
});
