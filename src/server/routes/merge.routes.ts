import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../app';
import { deviceAuth } from '../auth/device-auth';
import { ApiError } from '../http/api-error';
import { MemberId } from '../../shared/schemas/ids.schema';
import { ReviewMerge, type MergesForReview } from '../../shared/schemas/merge.schema';
import type { MemberRecord } from '../../shared/schemas/member.schema';

const Params = z.strictObject({ id: MemberId });

/**
 * Duplicates the server merged, for a manager to look over. Until staff sign in by PIN (the
 * security issue), the reviewer is named in the body and checked to be a manager or owner of
 * the tablet's store.
 */
export function mergeRoutes(app: FastifyInstance, deps: AppDeps): void {
  const authenticate = deviceAuth(deps.db.db, deps.clock);
  const db = deps.db.db;

  app.get('/api/merges', async (req): Promise<MergesForReview> => {
    const device = await authenticate(req);
    const rows = await db
      .selectFrom('member_merges as mm')
      .leftJoin('members as m', (j) => j.onRef('m.id', '=', 'mm.winner_id').on('m.state', '=', 'live'))
      .select(['mm.loser_id', 'mm.merged_at', 'm.id as survivor_id', 'm.record'])
      .where('mm.store_id', '=', device.storeId)
      .where('mm.reviewed_at', 'is', null)
      .orderBy('mm.merged_at', 'desc')
      .limit(200)
      .execute();
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
    const { id } = Params.parse(req.params);
    const { staffId } = ReviewMerge.parse(req.body);
    const reviewer = await db
      .selectFrom('staff')
      .select('role')
      .where('id', '=', staffId)
      .where('store_id', '=', device.storeId)
      .where('disabled_at', 'is', null)
      .executeTakeFirst();
    if (!reviewer || reviewer.role === 'associate') throw new ApiError(403, 'forbidden');
    const result = await db
      .updateTable('member_merges')
      .set({ reviewed_at: deps.clock(), reviewed_by: staffId })
      .where('id', '=', id)
      .where('store_id', '=', device.storeId)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw new ApiError(404, 'not-found');
    return reply.status(204).send();
  });
}
