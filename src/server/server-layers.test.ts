import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// The real eslint.config.js, asked only about imports: type-aware parsing is not needed for them.
const eslint = new ESLint({
  cwd: path.resolve(import.meta.dirname, '../..'),
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
});

async function importErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

const KYSELY = "import { sql } from 'kysely';\nexport const q = sql`select 1`;\n";
const REPOSITORY =
  "import { staffRepository } from '../repositories/staff.repository';\nexport const r = staffRepository;\n";

describe('the server in three layers (decision 0015), held by the lint rules', () => {
  test('kysely is refused outside repositories/ and db/', async () => {
    for (const file of [
      'src/server/services/staff.service.ts',
      'src/server/routes/staff.routes.ts',
      'src/server/auth/device-auth.ts',
      'src/server/main.ts',
    ])
      expect(await importErrors(file, KYSELY), file).toEqual([
        expect.stringMatching(/^no-restricted-imports: .*SQL lives in src\/server\/repositories/),
      ]);
  });

  test('kysely stays allowed in repositories/, db/ and tests', async () => {
    for (const file of [
      'src/server/repositories/staff.repository.ts',
      'src/server/db/data-access.ts',
      'src/server/config.test.ts',
    ])
      expect(await importErrors(file, KYSELY), file).toEqual([]);
  });

  test('a route may not import a repository; a service may', async () => {
    for (const file of ['src/server/routes/staff.routes.ts', 'src/server/tls/addresses.routes.ts'])
      expect(await importErrors(file, REPOSITORY), file).toEqual([
        expect.stringMatching(/^no-restricted-imports: .*only services use repositories/),
      ]);
    expect(await importErrors('src/server/services/staff.service.ts', REPOSITORY)).toEqual([]);
  });

  test('the server still never imports app code', async () => {
    const code = "import { t } from '../../app/i18n/i18n';\nexport const x = t;\n";
    for (const file of ['src/server/routes/staff.routes.ts', 'src/server/repositories/staff.repository.ts'])
      expect(await importErrors(file, code), file).toEqual([
        expect.stringMatching(/The server never imports app code/),
      ]);
  });
});
