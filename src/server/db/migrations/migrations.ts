import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './001-initial';
import { security } from './002-security';
import { chain } from './003-chain';
import { storeClock } from './004-store-clock';
import { storeSettings } from './005-store-settings';
import { fieldRecords } from './006-field-records';
import { posKeys } from './007-pos-keys';

/** Migrations are only ever appended. One list serves SQLite and PostgreSQL. */
const migrations: Record<string, Migration> = {
  '001-initial': initial,
  '002-security': security,
  '003-chain': chain,
  '004-store-clock': storeClock,
  '005-store-settings': storeSettings,
  '006-field-records': fieldRecords,
  '007-pos-keys': posKeys,
};

/** The level a database reaches with this build: what health reports once migrated. */
export const LATEST_MIGRATION = Object.keys(migrations).at(-1) ?? '';

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
