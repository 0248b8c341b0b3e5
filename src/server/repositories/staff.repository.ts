import type { Kysely } from 'kysely';
import { atomic } from '../db/transaction';
import type { Database, StaffTable } from '../db/schema';
import type { StoredPin } from '../auth/pin-verifier';
import { lockStore } from './store-sync.repository';
import { takeSeq } from './seq';

export type StaffChange = { role: StaffTable['role'] } | { leave: true };
export type StaffChangeOutcome = 'changed' | 'not-found' | 'last-owner';

export function staffRepository(db: Kysely<Database>) {
  return {
    /** Active staff of any store with this name who may sign in with a password. */
    async findSignInCandidates(name: string) {
      return db
        .selectFrom('staff')
        .innerJoin('stores', 'stores.id', 'staff.store_id')
        .select([
          'staff.id',
          'staff.name',
          'staff.role',
          'staff.password_hash',
          'staff.pin_offline',
          'staff.store_id',
          'stores.name as store_name',
        ])
        .where('staff.name', '=', name)
        .where('staff.disabled_at', 'is', null)
        .where('staff.password_hash', 'is not', null)
        .execute();
    },

    async listOfStore(storeId: string) {
      return db.selectFrom('staff').select(['id', 'name', 'role']).where('store_id', '=', storeId).execute();
    },

    /** Who works in the store now, in the order they joined. */
    async activeOfStore(storeId: string) {
      return db
        .selectFrom('staff')
        .select(['id', 'name', 'role', 'pin_offline'])
        .where('store_id', '=', storeId)
        .where('disabled_at', 'is', null)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
    },

    async findActive(storeId: string, staffId: string) {
      return db
        .selectFrom('staff')
        .select(['id', 'name', 'role', 'pin_verifier', 'pin_offline'])
        .where('id', '=', staffId)
        .where('store_id', '=', storeId)
        .where('disabled_at', 'is', null)
        .executeTakeFirst();
    },

    /** Which of these ids are staff of the store, past or present. */
    async idsInStore(storeId: string, ids: readonly string[]): Promise<Set<string>> {
      if (ids.length === 0) return new Set();
      const rows = await db
        .selectFrom('staff')
        .select('id')
        .where('store_id', '=', storeId)
        .where('id', 'in', [...ids])
        .execute();
      return new Set(rows.map((r) => r.id));
    },

    async add(s: {
      id: string;
      storeId: string;
      name: string;
      role: StaffTable['role'];
      passwordHash: string | null;
      pin?: StoredPin;
      now: number;
    }) {
      await atomic(db, async (trx) => {
        await trx
          .insertInto('staff')
          .values({
            id: s.id,
            store_id: s.storeId,
            name: s.name,
            role: s.role,
            password_hash: s.passwordHash,
            pin_verifier: s.pin?.pinVerifier ?? null,
            pin_offline: s.pin?.pinOffline ?? null,
            created_at: s.now,
            disabled_at: null,
            seq: await takeSeq(trx, s.storeId, 1),
          })
          .execute();
      });
    },

    async setPin(storeId: string, staffId: string, pin: StoredPin): Promise<boolean> {
      const result = await db
        .updateTable('staff')
        .set({ pin_verifier: pin.pinVerifier, pin_offline: pin.pinOffline })
        .where('id', '=', staffId)
        .where('store_id', '=', storeId)
        .where('disabled_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },

    /**
     * A new role, or leaving. Under the store's row lock, so two owners demoting each other at
     * once cannot leave the store with none. Leaving ends her sessions in the same transaction.
     */
    async change(
      storeId: string,
      staffId: string,
      change: StaffChange,
      now: number,
    ): Promise<StaffChangeOutcome> {
      return atomic(db, async (trx) => {
        if (!(await lockStore(trx, storeId))) return 'not-found';
        const active = await trx
          .selectFrom('staff')
          .select(['id', 'role'])
          .where('store_id', '=', storeId)
          .where('disabled_at', 'is', null)
          .execute();
        const target = active.find((s) => s.id === staffId);
        if (!target) return 'not-found';
        const owners = active.filter((s) => s.role === 'owner').length;
        const losesOwner = target.role === 'owner' && ('leave' in change || change.role !== 'owner');
        if (losesOwner && owners <= 1) return 'last-owner';
        if ('leave' in change) {
          await trx.updateTable('staff').set({ disabled_at: now }).where('id', '=', staffId).execute();
          await trx.deleteFrom('staff_sessions').where('staff_id', '=', staffId).execute();
        } else {
          await trx.updateTable('staff').set({ role: change.role }).where('id', '=', staffId).execute();
        }
        return 'changed';
      });
    },
  };
}
