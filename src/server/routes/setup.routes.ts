import type { FastifyInstance } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { SetupRequest, type Enrolment, type SetupStatus } from '../../shared/schemas/setup.schema';
import { passwordProblems } from '../../shared/domain/password-strength';
import { pinProblems } from '../../shared/domain/pin-rules';
import { ApiError } from '../http/api-error';
import { hashPassword, hashToken, newToken } from '../auth/secrets';
import { storedPin } from '../auth/pin-verifier';
import { issueSession } from '../auth/staff-session';
import { auditLine } from '../audit/audit-line';
import { auditRepository } from '../repositories/audit.repository';
import { storeRepository } from '../repositories/store.repository';
import { deviceRepository } from '../repositories/device.repository';
import type { RouteDeps } from './route-deps';

/** First run: with no store yet, the owner creates it and this tablet is enrolled in the same step. */
export function setupRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const stores = storeRepository(deps.db.db);
  const devices = deviceRepository(deps.db.db);
  const audit = auditRepository(deps.db.db);

  app.get('/api/setup', async (): Promise<SetupStatus> => ({ needed: (await stores.count()) === 0 }));

  app.post(
    '/api/setup',
    { config: { rateLimit: deps.guessLimit } },
    async (req, reply): Promise<Enrolment> => {
      const body = SetupRequest.parse(req.body);
      if ((await stores.count()) > 0) throw new ApiError(409, 'setup-done');
      if (passwordProblems(body.password).length > 0) throw new ApiError(422, 'weak-password', 'password');
      if (pinProblems(body.ownerPin).length > 0) throw new ApiError(422, 'weak-pin', 'ownerPin');
      const now = deps.clock();
      const storeId = uuidv7();
      const ownerId = uuidv7();
      const [passwordHash, pin] = await Promise.all([
        hashPassword(body.password),
        storedPin(deps.keys, ownerId, body.ownerPin),
      ]);
      const created = await stores.createFirst({
        storeId,
        storeName: body.storeName,
        owner: { id: ownerId, name: body.ownerName, passwordHash, pin },
        now,
      });
      if (!created) throw new ApiError(409, 'setup-done');
      const token = newToken();
      const deviceId = uuidv7();
      await devices.create({
        id: deviceId,
        storeId,
        name: body.deviceName,
        tokenHash: hashToken(token),
        now,
      });
      const session = await issueSession(deps.db.db, { storeId, staffId: ownerId, deviceId, now });
      await audit.append(
        [
          auditLine({ storeId, deviceId, staffId: ownerId }, 'device.enrol', now, {
            detail: { via: 'setup' },
          }),
        ],
        now,
      );
      reply.status(201);
      return {
        store: { id: storeId, name: body.storeName },
        device: { id: deviceId, token },
        staff: { id: ownerId, name: body.ownerName, role: 'owner' },
        session,
        needsPin: false,
      } as Enrolment;
    },
  );
}
