import { z } from 'zod';

/** A whole number typed into a field, then held to the rule's own bounds. */
export const typedWhole = <T extends z.ZodType<unknown, number>>(rule: T) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,6}$/)
    .transform(Number)
    .pipe(rule);
