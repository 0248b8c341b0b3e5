import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { ApiError } from '../http/api-error';
import { deviceRepository, type DeviceIdentity } from '../repositories/device.repository';
import { hashToken } from './secrets';
import { OLDEST_SUPPORTED_PROTOCOL } from '../../shared/sync/protocol.schema';

export interface AuthedDevice {
  deviceId: string;
  storeId: string;
}

/**
 * Who is calling: the store and device come from the credential alone, never from the request
 * body. EventSource cannot send headers, so the poke stream alone may carry the token in the query.
 */
export function deviceAuth(db: Kysely<Database>, clock: () => number) {
  const devices = deviceRepository(db);
  return async function authenticate(
    req: FastifyRequest,
    options: { tokenInQuery?: boolean } = {},
  ): Promise<AuthedDevice> {
    const token = bearer(req) ?? (options.tokenInQuery ? queryToken(req) : null);
    if (token === null) throw new ApiError(401, 'unauthenticated');
    const device: DeviceIdentity | undefined = await devices.findByTokenHash(hashToken(token));
    if (!device) throw new ApiError(401, 'unauthenticated');
    if (device.revoked) throw new ApiError(401, 'device-revoked');
    await devices.touch(device.deviceId, clock());
    return { deviceId: device.deviceId, storeId: device.storeId };
  };
}

/** A tablet older than the oldest protocol the server speaks is told to update, before anything is read. */
export function checkProtocol(version: unknown): void {
  const n = typeof version === 'string' ? Number(version) : version;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < OLDEST_SUPPORTED_PROTOCOL)
    throw new ApiError(426, 'app-outdated');
}

function bearer(req: FastifyRequest): string | null {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(header);
  return match?.[1] ?? null;
}

function queryToken(req: FastifyRequest): string | null {
  const q = req.query as Record<string, unknown> | undefined;
  const token = q?.token;
  return typeof token === 'string' && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null;
}
