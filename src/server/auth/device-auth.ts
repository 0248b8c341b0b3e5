import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../http/api-error';
import type { DeviceIdentity } from '../repositories/device.repository';
import type { Repositories } from '../repositories/repositories';
import { hashToken } from './secrets';
import { OLDEST_SUPPORTED_PROTOCOL } from '../../shared/sync/protocol.schema';

export interface AuthedDevice {
  deviceId: string;
  storeId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The device this request authenticated as, and when it was last seen before it. */
    seenDevice: { deviceId: string; lastSeenAt: number | null } | null;
  }
}

// "Last seen" in the owner's device list needs minutes, not milliseconds: at most one write a minute.
const TOUCH_EVERY_MS = 60_000;

/**
 * Note a device's contact once its request has succeeded. A refused request writes nothing at
 * all (the API fuzz test holds every route to that), and a busy tablet's pulls do not each write.
 */
export function installDeviceTouch(
  app: FastifyInstance,
  { devices }: Pick<Repositories, 'devices'>,
  clock: () => number,
): void {
  app.decorateRequest('seenDevice', null);
  app.addHook('onSend', async (req, reply, payload) => {
    const seen = req.seenDevice;
    const now = clock();
    if (
      seen &&
      reply.statusCode < 400 &&
      (seen.lastSeenAt === null || now - seen.lastSeenAt >= TOUCH_EVERY_MS)
    )
      await devices.touch(seen.deviceId, now);
    return payload;
  });
}

/**
 * Who is calling: the store and device come from the credential alone, never from the request
 * body. The credential travels only in the Authorization header, never in a URL, where logs and
 * proxies would keep it; the poke stream too is opened with the header (a fetch, not EventSource).
 */
export function deviceAuth({ devices }: Pick<Repositories, 'devices'>, clock: () => number) {
  return async function authenticate(
    req: FastifyRequest,
    /** `hijacked`: the reply bypasses Fastify (the poke stream), so the contact is noted at once. */
    options: { hijacked?: boolean } = {},
  ): Promise<AuthedDevice> {
    const token = bearer(req);
    if (token === null) throw new ApiError(401, 'unauthenticated');
    const device: DeviceIdentity | undefined = await devices.findByTokenHash(hashToken(token));
    if (!device) throw new ApiError(401, 'unauthenticated');
    // The browser drops its HTTP cache of the app; "storage" is left out on purpose: the app wipes
    // its own data and must still be able to show the staff why it did.
    if (device.revoked)
      throw new ApiError(401, 'device-revoked', undefined, false, { 'clear-site-data': '"cache"' });
    // The poke stream is hijacked and never reaches onSend: its opening counts as the contact.
    if (options.hijacked) await devices.touch(device.deviceId, clock());
    else req.seenDevice = { deviceId: device.deviceId, lastSeenAt: device.lastSeenAt };
    return { deviceId: device.deviceId, storeId: device.storeId };
  };
}

/** A tablet older than the oldest protocol the server speaks is told to update, before anything is read. */
export function checkProtocol(version: unknown): void {
  const n = typeof version === 'string' ? Number(version) : version;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < OLDEST_SUPPORTED_PROTOCOL)
    throw new ApiError(426, 'app-outdated');
}

/** The bearer token of the Authorization header, when it is shaped like one of ours. */
export function bearer(req: FastifyRequest): string | null {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(header);
  return match?.[1] ?? null;
}
