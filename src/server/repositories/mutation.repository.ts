import type { DbTx } from '../db/handle';

export interface PriorMutation {
  storeId: string;
  status: 'applied' | 'rejected';
  code: string | null;
}

/** Every mutation a server has answered, by id, so a repeat answers as it did the first time. */
export function mutationRepository(trx: DbTx) {
  return {
    async find(id: string): Promise<PriorMutation | undefined> {
      const row = await trx
        .selectFrom('mutations')
        .select(['store_id', 'status', 'code'])
        .where('id', '=', id)
        .executeTakeFirst();
      return row && { storeId: row.store_id, status: row.status, code: row.code };
    },

    async record(m: {
      id: string;
      storeId: string;
      deviceId: string;
      staffId: string;
      kind: string;
      status: 'applied' | 'rejected';
      code: string | null;
      receivedAt: number;
    }): Promise<void> {
      await trx
        .insertInto('mutations')
        .values({
          id: m.id,
          store_id: m.storeId,
          device_id: m.deviceId,
          staff_id: m.staffId,
          kind: m.kind,
          status: m.status,
          code: m.code,
          received_at: m.receivedAt,
        })
        .execute();
    },
  };
}
export type MutationRepository = ReturnType<typeof mutationRepository>;
