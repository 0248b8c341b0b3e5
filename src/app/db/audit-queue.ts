import type { AuditEntry } from '../../shared/schemas/security.schema';
import type { FloorbookDb } from './floorbook-db';

/** Keep an audit entry on the tablet until the sync engine has uploaded it. */
export async function appendAudit(db: FloorbookDb, entry: AuditEntry): Promise<void> {
  await db.audit.put(entry);
}

/** The oldest entries waiting for upload. */
export function readAuditBatch(db: FloorbookDb, limit: number): Promise<AuditEntry[]> {
  return db.audit.orderBy('at').limit(limit).toArray();
}

/** Forget entries the server has stored. */
export async function dropAudited(db: FloorbookDb, ids: readonly string[]): Promise<void> {
  await db.audit.bulkDelete([...ids]);
}
