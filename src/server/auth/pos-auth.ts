import type { FastifyRequest } from 'fastify';
import { ApiError } from '../http/api-error';
import type { Repositories } from '../repositories/repositories';
import { bearer } from './device-auth';
import { hashToken } from './secrets';

export interface AuthedPosKey {
  keyId: string;
  storeId: string;
}

/** The store a till posts for comes from its key alone, like a tablet's from its credential. */
export function posKeyAuth({ posKeys }: Pick<Repositories, 'posKeys'>) {
  return async function authenticatePos(req: FastifyRequest): Promise<AuthedPosKey> {
    const key = bearer(req);
    if (key === null) throw new ApiError(401, 'unauthenticated');
    const found = await posKeys.findByHash(hashToken(key));
    if (!found) throw new ApiError(401, 'unauthenticated');
    if (found.revoked) throw new ApiError(401, 'pos-key-revoked');
    return { keyId: found.keyId, storeId: found.storeId };
  };
}
