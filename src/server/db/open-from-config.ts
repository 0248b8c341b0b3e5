import path from 'node:path';
import type { Config } from '../config';
import { openPostgres, openSqlite, type DatabaseHandle } from './database';

export function openFromConfig(config: Config): DatabaseHandle {
  return config.databaseUrl !== undefined
    ? openPostgres(config.databaseUrl)
    : openSqlite(path.join(config.dataDir, 'floorbook.sqlite'));
}
