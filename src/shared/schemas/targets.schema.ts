import { z } from 'zod';
import type { DayTargetFields as DayFields, StaffTargetFields as StaffFields } from '../domain/targets';
import { StaffId } from './ids.schema';

const count = z.int().nonnegative();

export const DayTargetFields = z.strictObject({
  vipSalesFen: count,
  vipShareBp: z.int().min(0).max(10_000),
  newCards: count,
  vipVisits: count,
  followUps: count,
}) satisfies z.ZodType<DayFields>;

/** `<staffId>/<YYYY>-Q<1-4>` (staffTargetKey). */
export const StaffTargetKey = z
  .string()
  .regex(/^[^/]+\/\d{4}-Q[1-4]$/)
  .refine((key) => StaffId.safeParse(key.split('/')[0]).success, 'no-staff-id');

export const StaffTargetFields = z.strictObject({ newCards: count }) satisfies z.ZodType<StaffFields>;
