import type { Health } from '../../shared/schemas/setup.schema';
import { OLDEST_SUPPORTED_PROTOCOL, PROTOCOL_VERSION } from '../../shared/sync/protocol.schema';
import { migrationLevel, type DatabaseHandle } from '../db/database';
import { readAppBuild } from '../http/app-build';

/** What this server is: its version, the protocols it speaks, its database and the app it serves. */
export function healthService(db: DatabaseHandle, version: string, staticDir: string | undefined) {
  // Read once: a new build means a new server process (docs/operations.md).
  const served = readAppBuild(staticDir);
  return {
    async report(): Promise<Health> {
      return {
        status: 'ok',
        version,
        protocol: PROTOCOL_VERSION,
        oldestProtocol: OLDEST_SUPPORTED_PROTOCOL,
        dialect: db.dialect,
        migration: await migrationLevel(db),
        app: served,
      };
    },
  };
}
