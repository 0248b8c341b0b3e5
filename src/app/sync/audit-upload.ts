import { MAX_AUDIT_UPLOAD } from '../../shared/schemas/security.schema';
import type { TabletCopy } from '../db/tablet-copy';
import type { SyncTransport } from './sync-transport';

// Enough rounds for 50,000 waiting entries; the rest go next cycle.
const MAX_ROUNDS = 100;

/**
 * Upload the audit entries this tablet queued (views, reveals, PIN failures), oldest first, in
 * batches the server takes. Never fails: audit must not hold sync up, and what is not sent now
 * stays queued for the next cycle. An entry the server calls invalid for good (400) is found by
 * halving the batch and then dropped, so one bad row cannot stop every later one.
 */
export async function uploadAudit(
  store: TabletCopy,
  transport: SyncTransport,
  batchSize: number = MAX_AUDIT_UPLOAD,
): Promise<void> {
  if (!transport.audit) return;
  let limit = Math.min(batchSize, MAX_AUDIT_UPLOAD);
  try {
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const batch = await store.readAudit(limit);
      if (batch.length === 0) return;
      const out = await transport.audit(batch);
      if (out.kind === 'ok') {
        // Client ids make the upload idempotent: everything sent is on the server now.
        await store.dropAudit(batch.map((e) => e.id));
        continue;
      }
      const invalid = out.kind === 'too-large' || (out.kind === 'refused' && out.status === 400);
      if (!invalid) return;
      if (batch.length > 1) limit = Math.ceil(batch.length / 2);
      else await store.dropAudit(batch.map((e) => e.id));
    }
  } catch {
    // Storage refused a read or delete: the entries stay queued.
  }
}
