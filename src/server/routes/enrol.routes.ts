import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { EnrolRequest, type Enrolment } from '../../shared/schemas/setup.schema';
import { ApiError } from '../http/api-error';
import { hashToken, newToken, verifyPassword } from '../auth/secrets';
import type { AppDeps } from '../app';
import { staffRepository } from '../repositories/staff.repository';
import { deviceRepository } from '../repositories/device.repository';

/** A manager or owner signs in on a new tablet, online, to enrol it into their store. */
export function enrolRoutes(app: FastifyInstance, deps: AppDeps): void {
  const staff = staffRepository(deps.db.db);
  const devices = deviceRepository(deps.db.db);

  app.post('/api/devices', async (req, reply): Promise<Enrolment> => {
    const body = EnrolRequest.parse(req.body);
    const candidates = await staff.findSignInCandidates(body.staffName);
    for (const c of candidates) {
      if (c.password_hash === null || !(await verifyPassword(body.password, c.password_hash))) continue;
      // Security: the role check comes after the password check, so a wrong guess cannot
      // learn whether a name belongs to an associate.
      if (c.role === 'associate') throw new ApiError(403, 'forbidden');
      const token = newToken();
      const deviceId = uuidv7();
      await devices.create({
        id: deviceId,
        storeId: c.store_id,
        name: body.deviceName,
        tokenHash: hashToken(token),
        now: deps.clock(),
      });
      reply.status(201);
      return {
        store: { id: c.store_id, name: c.store_name },
        device: { id: deviceId, token },
        staff: { id: c.id, name: c.name, role: c.role },
      } as Enrolment;
    }
    throw new ApiError(401, 'wrong-credentials');
  });
}
