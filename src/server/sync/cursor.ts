import { z } from 'zod';
import { ApiError } from '../http/api-error';

const CursorBody = z.strictObject({
  v: z.literal(1),
  s: z.int().nonnegative(),
  /** The protocol the page was served at; cursors from before protocol 3 carry none. */
  p: z.int().positive().optional(),
});

/** What a cursor handed out before it said its protocol was served at. */
const PROTOCOL_OF_BARE_CURSOR = 2;

/**
 * A pull cursor is the last store change number a tablet holds, wrapped so tablets treat it as
 * opaque: the server may change what it carries (the version field) without a protocol change.
 * It also says the protocol it was served at: a tablet updated since holds none of the types its
 * old protocol was not sent, however far its cursor has come.
 */
export function encodeCursor(seq: number, protocol: number): string {
  return Buffer.from(JSON.stringify({ v: 1, s: seq, p: protocol })).toString('base64url');
}

function readCursor(cursor: string): z.infer<typeof CursorBody> | null {
  if (cursor === '') return null;
  try {
    const parsed = CursorBody.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through: not base64url JSON
  }
  throw new ApiError(422, 'invalid-field', 'cursor');
}

/** The change number in a cursor; an empty cursor means "from the start". */
export function decodeCursor(cursor: string): number {
  return readCursor(cursor)?.s ?? 0;
}

/** The protocol a cursor was served at; null for an empty cursor, which holds nothing yet. */
export function cursorProtocol(cursor: string): number | null {
  const body = readCursor(cursor);
  return body === null ? null : (body.p ?? PROTOCOL_OF_BARE_CURSOR);
}
