import { z } from 'zod';
import { StoreId } from './ids.schema';
import { DEFAULT_PROGRAMME_RULES, type ProgrammeRules } from '../domain/programme/rules';
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
});
export type StoreSettingsFields = z.infer<typeof StoreSettingsFields>;
export type StoreSettingsField = keyof StoreSettingsFields;

/** One store's settings, each field with the clock of its last write (last writer wins, like members). */
export const StoreSettingsRecord = z.strictObject({
  storeId: StoreId,
  fields: StoreSettingsFields,
  clocks: z.partialRecord(z.enum(['rules', 'timeZone']), z.string().regex(HLC_PATTERN)),
});
export type StoreSettingsRecord = z.infer<typeof StoreSettingsRecord>;

/** Where every store starts, and what a store runs on until its settings are first saved. */
export const DEFAULT_STORE_SETTINGS: StoreSettingsFields = {
  rules: DEFAULT_PROGRAMME_RULES,
  timeZone: 'Asia/Shanghai',
};

/** The settings a store has before anyone changed them: the defaults, no field clock yet. */
export const defaultSettingsRecord = (storeId: StoreId): StoreSettingsRecord => ({
  storeId,
  fields: DEFAULT_STORE_SETTINGS,
  clocks: {},
});

/**
 * Apply a partial edit, field by field, last writer wins by HLC: a field is taken only when the
 * edit's clock is newer than its last write, so edits commute. A field never written has no clock.
 */
export function applySettingsEdit(
  record: StoreSettingsRecord,
  edit: Partial<StoreSettingsFields>,
  hlc: string,
): StoreSettingsRecord {
  let next = record;
  for (const key of Object.keys(edit) as StoreSettingsField[]) {
    if ((next.clocks[key] ?? '') >= hlc) continue;
    next = { ...next, fields: { ...next.fields, [key]: edit[key] }, clocks: { ...next.clocks, [key]: hlc } };
  }
  return next;
}
