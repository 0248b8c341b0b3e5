import type { FastifyInstance } from 'fastify';
import { deviceAuth } from '../auth/device-auth';
import { staffAuth } from '../auth/staff-session';
import { ApiError } from '../http/api-error';
import { expectNoBody, idParam } from '../http/request-parts';
import { auditLine } from '../audit/audit-line';
import { auditRepository } from '../repositories/audit.repository';
import { mergeRepository } from '../repositories/merge.repository';
import type { MemberId } from '../../shared/schemas/ids.schema';
import type { MergesForReview } from '../../shared/schemas/merge.schema';
import type { MemberRecord } from '../../shared/schemas/member.schema';
import type { RouteDeps } from './route-deps';

/**
 * Duplicates the server merged, for a manager to look over. The reviewer is the manager or
 * owner behind the staff session (decision 0008), never a name in the body.
 */
export function mergeRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const db = deps.db.db;
  const authenticate = deviceAuth(db, deps.clock);
  const authenticateStaff = staffAuth(db, deps.clock);
  const merges = mergeRepository(db);

  app.get('/api/merges', async (req): Promise<MergesForReview> => {
    const device = await authenticate(req);
    await authenticateStaff(req, device, 'manager');
    const rows = await merges.awaitingReview(device.storeId, 200);
    return {
      merges: rows.map((r) => {
        const record = r.record === null ? null : (JSON.parse(r.record) as MemberRecord);
        return {
          absorbedId: r.loser_id as MemberId,
          mergedAt: r.merged_at,
          survivor: record && {
            id: record.id,
            name: record.fields.name,
            cardNo: record.fields.cardNo,
            phone: record.fields.phone,
          },
        };
      }),
    };
  });

  app.post('/api/merges/:id/review', async (req, reply) => {
    const device = await authenticate(req);
    const reviewer = await authenticateStaff(req, device, 'manager');
    const id = idParam(req);
    expectNoBody(req);
    const now = deps.clock();
    const outcome = await merges.review(device.storeId, id, reviewer.staffId, now);
    if (outcome === 'not-found') throw new ApiError(404, 'not-found');
    if (outcome === 'reviewed') {
      const actor = { ...device, staffId: reviewer.staffId };
      await auditRepository(db).append([auditLine(actor, 'merge.review', now, { memberId: id })], now);
    }
    return reply.status(204).send();
  });
}
