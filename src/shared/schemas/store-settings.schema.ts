import { z } from 'zod';
import { StoreId } from './ids.schema';
import type { ProgrammeRules } from '../domain/programme/rules';
import {
  DEFAULT_STORE_SETTINGS,
  type StoreSettingsFields as Fields,
  type StoreSettingsRecord as Record_,
} from '../domain/store-settings';
import { DEFAULT_HOLIDAYS, lastHolidayDay, type Holiday } from '../domain/tasks/task-config';
import { HLC_PATTERN } from '../sync/hlc';
import { plainText } from './text.schema';

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

/** Goes into task ids: lower-case letters, digits and dashes. */
const HolidayId = z.string().regex(/^[a-z0-9-]{1,40}$/);
export const holidayName = (max: number) => plainText(max).pipe(z.string().min(1, { message: 'required' }));

/** A holiday on a day its calendar has: no 30 February, no lunar 31st. */
export const HolidaySchema = z
  .strictObject({
    id: HolidayId,
    name: z.strictObject({ zh: holidayName(20), en: holidayName(40) }),
    calendar: z.enum(['solar', 'lunar']),
    month: z.int().min(1).max(12),
    day: z.int().min(1).max(31),
  })
  .refine((h) => h.day <= lastHolidayDay(h.calendar, h.month), { message: 'date', path: ['day'] })
  .readonly() satisfies z.ZodType<Holiday>;

const DEFAULT_IDS = new Set(DEFAULT_HOLIDAYS.map((h) => h.id));

export const HolidaySettingsSchema = z
  .strictObject({
    off: z.array(HolidayId).max(DEFAULT_HOLIDAYS.length).readonly(),
    own: z
      .array(HolidaySchema)
      .max(30)
      .refine((own) => new Set(own.map((h) => h.id)).size === own.length, 'invalid')
      .refine((own) => own.every((h) => !DEFAULT_IDS.has(h.id)), 'invalid')
      .readonly(),
  })
  .readonly() satisfies z.ZodType<Fields['holidays']>;

export const TaskTimingSchema = z.strictObject({
  holidayDaysAhead: z.int().min(0).max(30),
  birthdayDaysAhead: z.int().min(0).max(30),
  weeklyContactCap: z.int().min(1).max(14),
}) satisfies z.ZodType<Fields['taskTiming']>;

const fieldShapes = {
  rules: ProgrammeRulesSchema,
  timeZone: TimeZone,
  holidays: HolidaySettingsSchema,
  taskTiming: TaskTimingSchema,
};

/** Every field, as an edit checks the ones it sends (`.partial()`: a field left out is unchanged). */
export const StoreSettingsFields = z.strictObject(fieldShapes) satisfies z.ZodType<Fields>;

/**
 * A record stored or sent before the holidays and task timing were settings (protocol 4 and
 * older) has neither: it reads as the defaults, as the store ran on them.
 */
const StoredSettingsFields = z.strictObject({
  ...fieldShapes,
  holidays: HolidaySettingsSchema.default(DEFAULT_STORE_SETTINGS.holidays),
  taskTiming: TaskTimingSchema.default(DEFAULT_STORE_SETTINGS.taskTiming),
}) satisfies z.ZodType<Fields>;

/** A store's settings record as stored and synced (domain/store-settings.ts). */
export const StoreSettingsRecord = z.strictObject({
  storeId: StoreId,
  fields: StoredSettingsFields,
  clocks: z.partialRecord(
    z.enum(Object.keys(fieldShapes) as [keyof typeof fieldShapes]),
    z.string().regex(HLC_PATTERN),
  ),
}) satisfies z.ZodType<Record_>;
