import type { FastifyInstance, FastifyRequest } from 'fastify';
import { v7 as uuidv7 } from 'uuid';
import { NewStore, type ChainStores, type CreatedStore } from '../../shared/schemas/chain.schema';
import type { StaffId, StoreId } from '../../shared/schemas/ids.schema';
import { passwordProblems } from '../../shared/domain/password-strength';
import { pinProblems } from '../../shared/domain/pin-rules';
import { ApiError } from '../http/api-error';
import { deviceAuth, type AuthedDevice } from '../auth/device-auth';
import { staffAuth, type AuthedStaff } from '../auth/staff-session';
import { hashPassword } from '../auth/secrets';
import { storedPin } from '../auth/pin-verifier';
import { auditLine } from '../audit/audit-line';
import { auditRepository } from '../repositories/audit.repository';
import { chainRepository } from '../repositories/chain.repository';
import { CHAIN_WINDOW_MS, summariseStores } from '../chain/store-summaries';
import type { RouteDeps } from './route-deps';

/**
 * Head office (decision 0008): the chain's first owner sees every store's figures and opens new
 * stores. She never sees another store's members: figures only, for data minimisation (PIPL).
 */
export function chainRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const db = deps.db.db;
  const authenticate = deviceAuth(db, deps.clock);
  const authenticateStaff = staffAuth(db, deps.clock);
  const chain = chainRepository(db);
  const audit = auditRepository(db);

  // Security: head office is checked right after the credentials, before anything is read or
  // parsed, so a store's owner learns nothing of the others, not even how the body is checked.
  const headOffice = async (req: FastifyRequest): Promise<{ device: AuthedDevice; by: AuthedStaff }> => {
    const device = await authenticate(req);
    const by = await authenticateStaff(req, device, 'owner');
    if (!by.chainAdmin) throw new ApiError(403, 'forbidden');
    return { device, by };
  };

  app.get('/api/chain/stores', async (req): Promise<ChainStores> => {
    await headOffice(req);
    const since = deps.clock() - CHAIN_WINDOW_MS;
    const [counts, purchases] = await Promise.all([chain.storeCounts(since), chain.purchasesSince(since)]);
    return { stores: summariseStores(counts, purchases, since) };
  });

  app.post('/api/chain/stores', async (req, reply): Promise<CreatedStore> => {
    const { device, by } = await headOffice(req);
    const body = NewStore.parse(req.body);
    if (passwordProblems(body.ownerPassword).length > 0)
      throw new ApiError(422, 'weak-password', 'ownerPassword');
    if (pinProblems(body.ownerPin).length > 0) throw new ApiError(422, 'weak-pin', 'ownerPin');
    const now = deps.clock();
    const storeId = uuidv7();
    const ownerId = uuidv7();
    const [passwordHash, pin] = await Promise.all([
      hashPassword(body.ownerPassword),
      storedPin(deps.keys, ownerId, body.ownerPin),
    ]);
    const outcome = await chain.createStore({
      storeId,
      storeName: body.storeName,
      owner: { id: ownerId, name: body.ownerName, passwordHash, pin },
      now,
    });
    if (outcome === 'name-taken') throw new ApiError(409, 'name-taken', 'ownerName');
    // In head office's own log: she did it, from her store's tablet. Ids only, as every line.
    const actor = { ...device, staffId: by.staffId };
    await audit.append([auditLine(actor, 'store.create', now, { detail: { storeId, ownerId } })], now);
    reply.status(201);
    return {
      store: { id: storeId as StoreId, name: body.storeName },
      owner: { id: ownerId as StaffId, name: body.ownerName },
    };
  });
}
