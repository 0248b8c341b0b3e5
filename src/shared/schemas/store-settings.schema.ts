import { z } from 'zod';
import { StoreId } from './ids.schema';
import type { ProgrammeRules } from '../domain/programme/rules';
import type { StoreSettingsFields as Fields, StoreSettingsRecord as Record_ } from '../domain/store-settings';
import { HLC_PATTERN } from '../sync/hlc';

const days = z.int().min(1).max(3_650);

/** A store's programme rules (rules.ts), as a manager or owner may set them. */
export const ProgrammeRulesSchema = z.strictObject({
  pointsPerYuan: z.int().min(0).max(100),
  tiers: z
    .array(
      z.strictObject({
        id: z.enum(['member', 'silver', 'gold', 'diamond']),
        minSpend: z.int().nonnegative(),
      }),
    )
    .min(1)
    .max(4)
    .refine((tiers) => tiers[0]?.minSpend === 0, { message: 'first-tier-from-zero' })
    .refine((tiers) => tiers.every((t, i) => i === 0 || t.minSpend > (tiers[i - 1]?.minSpend ?? 0)), {
      message: 'tiers-ascending',
    })
    .readonly(),
  tierWindowDays: days,
  followUpDays: days,
  dormancy: z.strictObject({ dormantAfterDays: days, lapseAfterDays: days, deadAfterDays: days }),
  birthdayNearDays: z.int().min(0).max(60),
  customerLifetimeYears: z.number().min(0).max(50),
  wordOfMouthFactor: z.number().min(0).max(10),
}) satisfies z.ZodType<ProgrammeRules>;

/** An IANA time zone name the runtime knows, e.g. Asia/Shanghai. */
export const TimeZone = z
  .string()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'unknown-time-zone');

export const StoreSettingsFields = z.strictObject({
  rules: ProgrammeRulesSchema,
  timeZone: TimeZone,
}) satisfies z.ZodType<Fields>;

/** A store's settings record as stored and synced (domain/store-settings.ts). */
export const StoreSettingsRecord = z.strictObject({
  storeId: StoreId,
  fields: StoreSettingsFields,
  clocks: z.partialRecord(z.enum(['rules', 'timeZone']), z.string().regex(HLC_PATTERN)),
}) satisfies z.ZodType<Record_>;
