import path from 'node:path';
import type { Config } from '../config';
import { openPostgres, openSqlite, type DatabaseHandle } from './database';
import { privateDataDir, privateSqliteFile } from './private-files';

export function openFromConfig(config: Config): DatabaseHandle {
  if (config.databaseUrl !== undefined) return openPostgres(config.databaseUrl);
  const file = path.join(config.dataDir, 'floorbook.sqlite');
  privateDataDir(config.dataDir);
  privateSqliteFile(file);
  return openSqlite(file);
}
