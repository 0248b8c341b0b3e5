import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './001-initial';

/** Migrations are only ever appended. One list serves SQLite and PostgreSQL. */
const migrations: Record<string, Migration> = {
  '001-initial': initial,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
