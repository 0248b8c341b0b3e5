import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import { plainText } from '../../../shared/schemas/text.schema';
import { limitsOf } from './schema-limits';

describe('limitsOf', () => {
  test('reads the length of a plain text and that a required one must be filled', () => {
    expect(limitsOf(plainText(40))).toEqual({ maxLength: 40, required: false });
    expect(limitsOf(plainText(40).pipe(z.string().min(1)))).toEqual({ maxLength: 40, required: true });
  });

  test('a nullable or optional field is never required', () => {
    expect(limitsOf(plainText(200).nullable())).toEqual({ maxLength: 200, required: false });
    expect(limitsOf(z.string().min(1).max(9).optional())).toEqual({ maxLength: 9, required: false });
  });

  test('a schema with no length says nothing of it', () => {
    expect(limitsOf(z.string().regex(/^\d+$/))).toEqual({ required: false });
    expect(limitsOf(z.int())).toEqual({ required: false });
  });
});
