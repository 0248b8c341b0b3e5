import path from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { migrateToLatest } from '../db/database';
import { openFromConfig } from '../db/open-from-config';
import { loadServerSecret } from '../auth/server-secret';
import { API_ERROR_MESSAGES } from '../../shared/schemas/api-error.schema';
import { ApiError } from '../http/api-error';
import { holdHeapGrowth } from '../heap-growth';
import { importFromCommandLine, ImportUsage, parseImportArgs, reportText } from './import-command';

/**
 * `npm run import -- --store <store name or id> [--dry-run] [--json] FILE`: the tablet's import
 * from the command line (decision 0017), printing the same report; with --json one object.
 */
async function main(): Promise<void> {
  holdHeapGrowth();
  let language: 'zh-CN' | 'en' = 'zh-CN';
  try {
    const args = parseImportArgs(process.argv.slice(2));
    language = args.language;
    const config = loadConfig(process.env, process.cwd());
    const handle = openFromConfig(config);
    try {
      await migrateToLatest(handle);
      const { storeName, report } = await importFromCommandLine(handle, {
        ...args,
        importDir: path.join(config.dataDir, 'imports'),
        secret: loadServerSecret(config),
      });
      console.log(args.json ? JSON.stringify(report) : reportText(report, { ...args, storeName }));
    } finally {
      await handle.close();
    }
  } catch (err) {
    if (err instanceof ImportUsage || err instanceof ConfigError) console.error(err.message);
    else if (err instanceof ApiError) console.error(API_ERROR_MESSAGES[err.code][language]);
    else console.error(`The import failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

void main();
