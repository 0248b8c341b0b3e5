import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { invalidReason } from './invalid-reason';

const firstIssue = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues[0];

describe('invalidReason', () => {
  test('a number outside its bounds is out of range, not "please fill this in"', () => {
    const days = z.int().min(1).max(3_650);
    expect(invalidReason(firstIssue(days, 0))).toBe('out-of-range');
    expect(invalidReason(firstIssue(days, 4_000))).toBe('out-of-range');
  });

  test("a text's minimum asks for it to be filled, its maximum for it to be shorter", () => {
    const name = z.string().min(1).max(4);
    expect(invalidReason(firstIssue(name, ''))).toBe('required');
    expect(invalidReason(firstIssue(name, '太长的名字了'))).toBe('too-long');
  });

  test("a schema's own code passes through", () => {
    expect(
      invalidReason(
        firstIssue(
          z.string().refine(() => false, 'phone'),
          'x',
        ),
      ),
    ).toBe('phone');
  });
});
