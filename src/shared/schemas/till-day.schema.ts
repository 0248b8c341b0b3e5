import { z } from 'zod';
import type { TillDayFields as Fields } from '../domain/till-day';

/** A store-local day, `YYYY-MM-DD`, that the calendar has. */
export const DayKey = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  // zod runs the refinement even when the pattern failed: an unparsable text must answer false, not throw.
  .refine((s) => {
    const at = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(at.getTime()) && at.toISOString().startsWith(s);
  }, 'no-such-day');

const count = z.int().nonnegative();

export const TillDayFields = z.strictObject({
  salesFen: count,
  tickets: count,
  pieces: count,
}) satisfies z.ZodType<Fields>;
