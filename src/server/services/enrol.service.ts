import { v7 as uuidv7 } from 'uuid';
import type { EnrolRequest, Enrolment } from '../../shared/schemas/setup.schema';
import { ApiError } from '../http/api-error';
import { hashToken, newToken, verifyPasswordEvenIfNone } from '../auth/secrets';
import { issueSession } from '../auth/staff-session';
import { openOffline } from '../auth/pin-verifier';
import { auditLine } from '../audit/audit-line';
import type { ServiceDeps } from './service-deps';

/**
 * A manager or owner signs in on a new tablet with her password, online, to enrol it into her
 * store. She is signed in on it at once; `needsPin` asks her to choose a PIN if she has none.
 */
export function enrolService({ data, clock, keys }: ServiceDeps) {
  return {
    async enrolByPassword(body: EnrolRequest): Promise<Enrolment> {
      const candidates = await data.staff.findSignInCandidates(body.staffName);
      // Security: an unknown name costs the same scrypt as a wrong password, so timing cannot
      // tell an outsider which names an owner or manager signs in with.
      if (candidates.length === 0) await verifyPasswordEvenIfNone(body.password, null);
      for (const c of candidates) {
        if (!(await verifyPasswordEvenIfNone(body.password, c.password_hash))) continue;
        // Security: the role check comes after the password check, so a wrong guess cannot
        // learn whether a name belongs to an associate.
        if (c.role === 'associate') throw new ApiError(403, 'forbidden');
        const now = clock();
        const token = newToken();
        const deviceId = uuidv7();
        await data.devices.create({
          id: deviceId,
          storeId: c.store_id,
          name: body.deviceName,
          tokenHash: hashToken(token),
          now,
        });
        const session = await issueSession(data, { storeId: c.store_id, staffId: c.id, deviceId, now });
        const actor = { storeId: c.store_id, deviceId, staffId: c.id };
        await data.audit.append(
          [auditLine(actor, 'device.enrol', now, { detail: { via: 'password' } })],
          now,
        );
        return {
          store: { id: c.store_id, name: c.store_name },
          device: { id: deviceId, token },
          staff: { id: c.id, name: c.name, role: c.role },
          session,
          // No PIN, or one kept under a secret this server no longer has (a database restored without its key).
          needsPin: c.pin_offline === null || openOffline(keys, c.id, c.pin_offline) === null,
        } as Enrolment;
      }
      throw new ApiError(401, 'wrong-credentials');
    },
  };
}
