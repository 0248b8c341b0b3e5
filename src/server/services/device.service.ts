import { randomInt } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type {
  DeviceEnrolment,
  DeviceList,
  EnrolByCode,
  EnrolCode,
} from '../../shared/schemas/security.schema';
import type { DeviceId, StoreId } from '../../shared/schemas/ids.schema';
import { ApiError } from '../http/api-error';
import type { AuthedDevice } from '../auth/device-auth';
import type { AuthedStaff } from '../auth/staff-session';
import { hashToken, newToken } from '../auth/secrets';
import { hmacHex } from '../auth/server-keys';
import { auditLine } from '../audit/audit-line';
import type { ServiceDeps } from './service-deps';

// No 0/O or 1/I: the code is read off one screen and typed on another.
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const CODE_LENGTH = 8;
const CODE_VALID_MS = 10 * 60_000;

const newCode = () =>
  Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

/** Tablets of the store: enrolled by a manager's one-time code, listed and revoked by the owner. */
export function deviceService({ data, clock, keys }: ServiceDeps) {
  const codeHash = (code: string) => hmacHex(keys.enrolCode, code);

  return {
    async createEnrolCode(device: AuthedDevice, manager: AuthedStaff): Promise<EnrolCode> {
      const now = clock();
      const code = newCode();
      const expiresAt = now + CODE_VALID_MS;
      // Only a keyed hash is kept: the code in the database would enrol a stranger's tablet.
      await data.enrolCodes.create({
        codeHash: codeHash(code),
        storeId: device.storeId,
        createdBy: manager.staffId,
        now,
        expiresAt,
      });
      return { code, expiresAt };
    },

    async enrolByCode(body: EnrolByCode): Promise<DeviceEnrolment> {
      const now = clock();
      const token = newToken();
      const deviceId = uuidv7();
      // The code is used up and the tablet enrolled together, or neither.
      const enrolled = await data.inTransaction(async (tx) => {
        const code = await tx.enrolCodes.consume(codeHash(body.code), now);
        if (!code) return null;
        const store = await tx.stores.find(code.store_id);
        if (!store) return null;
        await tx.devices.create({
          id: deviceId,
          storeId: store.id,
          name: body.deviceName,
          tokenHash: hashToken(token),
          now,
        });
        const actor = { storeId: store.id, deviceId, staffId: code.created_by };
        await tx.audit.append([auditLine(actor, 'device.enrol', now, { detail: { via: 'code' } })], now);
        return store;
      });
      if (!enrolled) throw new ApiError(401, 'enrol-code-invalid', 'code');
      return {
        store: { id: enrolled.id as StoreId, name: enrolled.name },
        device: { id: deviceId as DeviceId, token },
      };
    },

    async list(device: AuthedDevice): Promise<DeviceList> {
      const rows = await data.devices.listOfStore(device.storeId);
      return {
        devices: rows.map((r) => ({
          id: r.id as DeviceId,
          name: r.name,
          createdAt: r.created_at,
          lastSeenAt: r.last_seen_at,
          revokedAt: r.revoked_at,
          current: r.id === device.deviceId,
        })),
      };
    },

    /** Revoke another tablet of the store and end its sessions; revoking twice changes nothing. */
    async revoke(device: AuthedDevice, owner: AuthedStaff, id: string): Promise<void> {
      if (!(await data.devices.existsInStore(device.storeId, id))) throw new ApiError(404, 'not-found');
      if (id === device.deviceId) throw new ApiError(409, 'cannot-revoke-self');
      const now = clock();
      if (await data.devices.revoke(device.storeId, id, owner.staffId, now)) {
        await data.sessions.endForDevice(id);
        const actor = { ...device, staffId: owner.staffId };
        await data.audit.append([auditLine(actor, 'device.revoke', now, { detail: { deviceId: id } })], now);
      }
    },
  };
}
