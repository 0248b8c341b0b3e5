import type { z } from 'zod';

/**
 * Why a value was refused, as a code the screens translate: zod's own messages are English
 * sentences and must never reach staff. Schemas name their own rules' codes in `message`.
 */
export const INVALID_REASONS = [
  'required',
  'too-long',
  'control-characters',
  'markup',
  'formula',
  'email',
  'phone',
  'date',
  'out-of-range',
  'invalid',
] as const;
export type InvalidReason = (typeof INVALID_REASONS)[number];

export const isInvalidReason = (message: string): message is InvalidReason =>
  (INVALID_REASONS as readonly string[]).includes(message);

/** The code of the first refused rule, whatever zod wrote in its message. */
export function invalidReason(issue: z.core.$ZodIssue | undefined): InvalidReason {
  if (!issue) return 'invalid';
  if (isInvalidReason(issue.message)) return issue.message;
  // A number's bound is a range; a text's minimum is that it be filled, its maximum a length.
  if ((issue.code === 'too_big' || issue.code === 'too_small') && issue.origin === 'number')
    return 'out-of-range';
  if (issue.code === 'too_big') return 'too-long';
  if (issue.code === 'too_small') return 'required';
  if (issue.code === 'invalid_format' && issue.format === 'email') return 'email';
  return 'invalid';
}
