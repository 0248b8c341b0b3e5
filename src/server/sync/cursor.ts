import { z } from 'zod';
import { ApiError } from '../http/api-error';

const CursorBody = z.strictObject({ v: z.literal(1), s: z.int().nonnegative() });

/**
 * A pull cursor is the last store change number a tablet holds, wrapped so tablets treat it as
 * opaque: the server may change what it carries (the version field) without a protocol change.
 */
export function encodeCursor(seq: number): string {
  return Buffer.from(JSON.stringify({ v: 1, s: seq })).toString('base64url');
}

/** The change number in a cursor; an empty cursor means "from the start". */
export function decodeCursor(cursor: string): number {
  if (cursor === '') return 0;
  try {
    const parsed = CursorBody.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (parsed.success) return parsed.data.s;
  } catch {
    // fall through: not base64url JSON
  }
  throw new ApiError(422, 'invalid-field', 'cursor');
}
