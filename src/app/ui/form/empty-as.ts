import { z } from 'zod';

/**
 * An optional text of a form: typed, it is checked by `field`; left empty, it is `none` (null
 * where the record keeps "none", undefined where it leaves the key out).
 */
export function emptyAs<None extends null | undefined>(none: None) {
  return <T extends z.ZodType<unknown, string | Awaited<None>>>(field: T) =>
    z
      .string()
      .transform((typed): string | None => (typed.trim() === '' ? none : typed.trim()))
      .pipe(field);
}
