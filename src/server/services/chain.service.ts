import { v7 as uuidv7 } from 'uuid';
import type { ChainStores, CreatedStore, NewStore } from '../../shared/schemas/chain.schema';
import type { StaffId, StoreId } from '../../shared/schemas/ids.schema';
import { passwordProblems } from '../../shared/domain/password-strength';
import { pinProblems } from '../../shared/domain/pin-rules';
import { ApiError } from '../http/api-error';
import type { AuthedDevice } from '../auth/device-auth';
import type { AuthedStaff } from '../auth/staff-session';
import { hashPassword } from '../auth/secrets';
import { storedPin } from '../auth/pin-verifier';
import { auditLine } from '../audit/audit-line';
import { CHAIN_WINDOW_MS, summariseStores } from '../chain/store-summaries';
import { earliestMonthStart } from '../chain/store-vip-progress';
import { DEFAULT_STORE_SETTINGS } from '../../shared/domain/store-settings';
import { calendarDayOf } from '../../shared/domain/calendar-day';
import { dayKey } from '../../shared/domain/counter/store-days';
import type { ServiceDeps } from './service-deps';

/**
 * Head office (decision 0008): every store's figures, and opening new stores. Never another
 * store's members: figures only, for data minimisation (PIPL).
 */
export function chainService({ data, clock, keys }: ServiceDeps) {
  return {
    async stores(): Promise<ChainStores> {
      const now = clock();
      const since = now - CHAIN_WINDOW_MS;
      const [counts, zones] = await Promise.all([data.chain.storeCounts(since), data.chain.storeTimeZones()]);
      const timeZoneOf = (storeId: string) => zones.get(storeId) ?? DEFAULT_STORE_SETTINGS.timeZone;
      // The month to date may reach back past the 30 days (a 31st), and starts earliest in the zone furthest east.
      const monthStart = earliestMonthStart(
        counts.map((c) => timeZoneOf(c.id)),
        now,
      );
      const [purchases, targets] = await Promise.all([
        data.chain.purchasesSince(Math.min(since, monthStart - 1)),
        data.chain.vipSalesTargetsFrom(dayKey(calendarDayOf(monthStart, 0)).slice(0, 8) + '01'),
      ]);
      return { stores: summariseStores(counts, purchases, { since, now, timeZoneOf, targets }) };
    },

    async openStore(device: AuthedDevice, by: AuthedStaff, body: NewStore): Promise<CreatedStore> {
      if (passwordProblems(body.ownerPassword).length > 0)
        throw new ApiError(422, 'weak-password', 'ownerPassword');
      if (pinProblems(body.ownerPin).length > 0) throw new ApiError(422, 'weak-pin', 'ownerPin');
      const now = clock();
      const storeId = uuidv7();
      const ownerId = uuidv7();
      const [passwordHash, pin] = await Promise.all([
        hashPassword(body.ownerPassword),
        storedPin(keys, ownerId, body.ownerPin),
      ]);
      const outcome = await data.chain.createStore({
        storeId,
        storeName: body.storeName,
        owner: { id: ownerId, name: body.ownerName, passwordHash, pin },
        now,
      });
      if (outcome === 'name-taken') throw new ApiError(409, 'name-taken', 'ownerName');
      // In head office's own log: she did it, from her store's tablet. Ids only, as every line.
      const actor = { ...device, staffId: by.staffId };
      await data.audit.append([auditLine(actor, 'store.create', now, { detail: { storeId, ownerId } })], now);
      return {
        store: { id: storeId as StoreId, name: body.storeName },
        owner: { id: ownerId as StaffId, name: body.ownerName },
      };
    },
  };
}
