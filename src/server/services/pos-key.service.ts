import { v7 as uuidv7 } from 'uuid';
import type { StoreId } from '../../shared/schemas/ids.schema';
import type { IssuedPosKey, NewPosKey, PosKeyList } from '../../shared/schemas/pos.schema';
import { ApiError } from '../http/api-error';
import type { AuthedDevice } from '../auth/device-auth';
import type { AuthedStaff } from '../auth/staff-session';
import { hashToken, newToken } from '../auth/secrets';
import { auditLine } from '../audit/audit-line';
import type { ServiceDeps } from './service-deps';

/** The owner's keys for the store's till: issued (shown once), listed, revoked. */
export function posKeyService({ data, clock }: ServiceDeps) {
  return {
    async issue(device: AuthedDevice, owner: AuthedStaff, body: NewPosKey): Promise<IssuedPosKey> {
      const now = clock();
      const key = newToken();
      const id = uuidv7();
      const store = await data.stores.find(device.storeId);
      if (!store) throw new ApiError(404, 'not-found');
      await data.inTransaction(async (tx) => {
        // Only the hash is kept, like a tablet's credential: the key in the database would post as the till.
        await tx.posKeys.create({
          id,
          storeId: device.storeId,
          label: body.label,
          keyHash: hashToken(key),
          createdBy: owner.staffId,
          now,
        });
        const actor = { ...device, staffId: owner.staffId };
        await tx.audit.append([auditLine(actor, 'pos-key.issue', now, { detail: { keyId: id } })], now);
      });
      return {
        id,
        label: body.label,
        storeId: device.storeId as StoreId,
        storeName: store.name,
        createdAt: now,
        lastUsedAt: null,
        revokedAt: null,
        key,
      };
    },

    async list(device: AuthedDevice): Promise<PosKeyList> {
      const rows = await data.posKeys.listOfStore(device.storeId);
      return {
        keys: rows.map((r) => ({
          id: r.id,
          label: r.label,
          storeId: r.store_id as StoreId,
          storeName: r.store_name,
          createdAt: r.created_at,
          lastUsedAt: r.last_used_at,
          revokedAt: r.revoked_at,
        })),
      };
    },

    /** Revoke a key of the store: the till's next post is refused. Revoking twice changes nothing. */
    async revoke(device: AuthedDevice, owner: AuthedStaff, id: string): Promise<void> {
      if (!(await data.posKeys.existsInStore(device.storeId, id))) throw new ApiError(404, 'not-found');
      const now = clock();
      await data.inTransaction(async (tx) => {
        if (!(await tx.posKeys.revoke(device.storeId, id, owner.staffId, now))) return;
        const actor = { ...device, staffId: owner.staffId };
        await tx.audit.append([auditLine(actor, 'pos-key.revoke', now, { detail: { keyId: id } })], now);
      });
    },
  };
}
