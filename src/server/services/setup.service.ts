import { v7 as uuidv7 } from 'uuid';
import type { Enrolment, SetupRequest, SetupStatus } from '../../shared/schemas/setup.schema';
import { passwordProblems } from '../../shared/domain/password-strength';
import { pinProblems } from '../../shared/domain/pin-rules';
import { ApiError } from '../http/api-error';
import { hashPassword, hashToken, newToken } from '../auth/secrets';
import { storedPin } from '../auth/pin-verifier';
import { issueSession } from '../auth/staff-session';
import { auditLine } from '../audit/audit-line';
import type { ServiceDeps } from './service-deps';

/** First run: with no store yet, the owner creates it and this tablet is enrolled in the same step. */
export function setupService({ data, clock, keys }: ServiceDeps) {
  return {
    async status(): Promise<SetupStatus> {
      return { needed: (await data.stores.count()) === 0 };
    },

    async setUp(body: SetupRequest): Promise<Enrolment> {
      if ((await data.stores.count()) > 0) throw new ApiError(409, 'setup-done');
      if (passwordProblems(body.password).length > 0) throw new ApiError(422, 'weak-password', 'password');
      if (pinProblems(body.ownerPin).length > 0) throw new ApiError(422, 'weak-pin', 'ownerPin');
      const now = clock();
      const storeId = uuidv7();
      const ownerId = uuidv7();
      const [passwordHash, pin] = await Promise.all([
        hashPassword(body.password),
        storedPin(keys, ownerId, body.ownerPin),
      ]);
      const created = await data.stores.createFirst({
        storeId,
        storeName: body.storeName,
        owner: { id: ownerId, name: body.ownerName, passwordHash, pin },
        now,
      });
      if (!created) throw new ApiError(409, 'setup-done');
      const token = newToken();
      const deviceId = uuidv7();
      await data.devices.create({
        id: deviceId,
        storeId,
        name: body.deviceName,
        tokenHash: hashToken(token),
        now,
      });
      const session = await issueSession(data, { storeId, staffId: ownerId, deviceId, now });
      const actor = { storeId, deviceId, staffId: ownerId };
      await data.audit.append([auditLine(actor, 'device.enrol', now, { detail: { via: 'setup' } })], now);
      return {
        store: { id: storeId, name: body.storeName },
        device: { id: deviceId, token },
        staff: { id: ownerId, name: body.ownerName, role: 'owner' },
        session,
        needsPin: false,
      } as Enrolment;
    },
  };
}
