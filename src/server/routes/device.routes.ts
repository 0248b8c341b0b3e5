import type { FastifyInstance } from 'fastify';
import { randomInt } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import {
  EnrolByCode,
  type DeviceEnrolment,
  type DeviceList,
  type EnrolCode,
} from '../../shared/schemas/security.schema';
import type { DeviceId, StoreId } from '../../shared/schemas/ids.schema';
import { ApiError } from '../http/api-error';
import { expectNoBody, idParam } from '../http/request-parts';
import { deviceAuth } from '../auth/device-auth';
import { staffAuth } from '../auth/staff-session';
import { hashToken, newToken } from '../auth/secrets';
import { hmacHex } from '../auth/server-keys';
import { auditLine } from '../audit/audit-line';
import { auditRepository } from '../repositories/audit.repository';
import { deviceRepository } from '../repositories/device.repository';
import { enrolCodeRepository } from '../repositories/enrol-code.repository';
import { sessionRepository } from '../repositories/session.repository';
import { storeRepository } from '../repositories/store.repository';
import type { RouteDeps } from './route-deps';

// No 0/O or 1/I: the code is read off one screen and typed on another.
const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const CODE_LENGTH = 8;
const CODE_VALID_MS = 10 * 60_000;

const newCode = () =>
  Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

/** Tablets of the store: enrolled by a manager's one-time code, listed and revoked by the owner. */
export function deviceRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const db = deps.db.db;
  const authenticate = deviceAuth(db, deps.clock);
  const authenticateStaff = staffAuth(db, deps.clock);
  const devices = deviceRepository(db);
  const audit = auditRepository(db);
  const codeHash = (code: string) => hmacHex(deps.keys.enrolCode, code);

  app.post('/api/enrol-codes', async (req, reply): Promise<EnrolCode> => {
    const device = await authenticate(req);
    const manager = await authenticateStaff(req, device, 'manager');
    expectNoBody(req);
    const now = deps.clock();
    const code = newCode();
    const expiresAt = now + CODE_VALID_MS;
    // Only a keyed hash is kept: the code in the database would enrol a stranger's tablet.
    await enrolCodeRepository(db).create({
      codeHash: codeHash(code),
      storeId: device.storeId,
      createdBy: manager.staffId,
      now,
      expiresAt,
    });
    reply.status(201);
    return { code, expiresAt };
  });

  app.post(
    '/api/devices/by-code',
    { config: { rateLimit: deps.guessLimit } },
    async (req, reply): Promise<DeviceEnrolment> => {
      const body = EnrolByCode.parse(req.body);
      const now = deps.clock();
      const token = newToken();
      const deviceId = uuidv7();
      // The code is used up and the tablet enrolled together, or neither.
      const enrolled = await db.transaction().execute(async (trx) => {
        const code = await enrolCodeRepository(trx).consume(codeHash(body.code), now);
        if (!code) return null;
        const store = await storeRepository(trx).find(code.store_id);
        if (!store) return null;
        const tokenHash = hashToken(token);
        await deviceRepository(trx).create({
          id: deviceId,
          storeId: store.id,
          name: body.deviceName,
          tokenHash,
          now,
        });
        const actor = { storeId: store.id, deviceId, staffId: code.created_by };
        await auditRepository(trx).append(
          [auditLine(actor, 'device.enrol', now, { detail: { via: 'code' } })],
          now,
        );
        return store;
      });
      if (!enrolled) throw new ApiError(401, 'enrol-code-invalid', 'code');
      reply.status(201);
      return {
        store: { id: enrolled.id as StoreId, name: enrolled.name },
        device: { id: deviceId as DeviceId, token },
      };
    },
  );

  app.get('/api/devices', async (req): Promise<DeviceList> => {
    const device = await authenticate(req);
    await authenticateStaff(req, device, 'owner');
    const rows = await devices.listOfStore(device.storeId);
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
  });

  app.post('/api/devices/:id/revoke', async (req, reply) => {
    const device = await authenticate(req);
    const owner = await authenticateStaff(req, device, 'owner');
    const id = idParam(req);
    expectNoBody(req);
    if (!(await devices.existsInStore(device.storeId, id))) throw new ApiError(404, 'not-found');
    if (id === device.deviceId) throw new ApiError(409, 'cannot-revoke-self');
    const now = deps.clock();
    if (await devices.revoke(device.storeId, id, owner.staffId, now)) {
      await sessionRepository(db).endForDevice(id);
      const actor = { ...device, staffId: owner.staffId };
      await audit.append([auditLine(actor, 'device.revoke', now, { detail: { deviceId: id } })], now);
    }
    return reply.status(204).send();
  });
}
