import { z } from 'zod';
import { plainText } from './text.schema';
import { StaffId, StoreId } from './ids.schema';

/** A store's VIP sales over some of its days against the VIP-sales targets set for them (fen). */
export const VipProgress = z.strictObject({
  salesFen: z.int().nonnegative(),
  /** null when no day of them has a VIP-sales target. */
  targetFen: z.int().nonnegative().nullable(),
});
export type VipProgress = z.infer<typeof VipProgress>;

/**
 * One store as head office sees it: counts and sums only, never a member (PIPL: data
 * minimisation; decision 0008). "30d" is the 30 × 24 h before the server's now.
 */
export const StoreSummary = z.strictObject({
  id: StoreId,
  name: z.string(),
  createdAt: z.int(),
  /** Members on the roster now (not deleted, erased or merged away). */
  members: z.int().nonnegative(),
  newMembers30d: z.int().nonnegative(),
  /** Purchases not voided, and their totals in fen. */
  purchases30d: z.int().nonnegative(),
  sales30d: z.int().nonnegative(),
  /** Tablets not revoked. */
  devices: z.int().nonnegative(),
  /** The latest contact of any of its tablets with the server. */
  lastContactAt: z.int().nullable(),
  /** Today and this month to date in the store's own days (its time zone). */
  vipToday: VipProgress,
  vipMonthToDate: VipProgress,
});
export type StoreSummary = z.infer<typeof StoreSummary>;

/** GET /api/chain/stores (head office): every store of the deployment, oldest first. */
export const ChainStores = z.strictObject({ stores: z.array(StoreSummary) });
export type ChainStores = z.infer<typeof ChainStores>;

/**
 * POST /api/chain/stores (head office): a store and its owner. She enrols its first tablet with
 * her name and password; the password passes `passwordProblems`, the PIN `pinProblems`.
 */
export const NewStore = z.strictObject({
  storeName: plainText(60).pipe(z.string().min(1, { message: 'required' })),
  ownerName: plainText(40).pipe(z.string().min(1, { message: 'required' })),
  ownerPassword: z.string().min(1).max(200),
  ownerPin: z.string().regex(/^\d{6,12}$/, { message: 'bad-pin' }),
});
export type NewStore = z.infer<typeof NewStore>;

export const CreatedStore = z.strictObject({
  store: z.strictObject({ id: StoreId, name: z.string() }),
  owner: z.strictObject({ id: StaffId, name: z.string() }),
});
export type CreatedStore = z.infer<typeof CreatedStore>;
