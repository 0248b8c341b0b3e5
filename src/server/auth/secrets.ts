import { createHash, randomBytes, scrypt, timingSafeEqual, type BinaryLike } from 'node:crypto';
import { promisify } from 'node:util';

const scryptAsync = promisify(scrypt) as (
  pw: BinaryLike,
  salt: Buffer,
  len: number,
  opts: object,
) => Promise<Buffer>;

// N=2^15 costs about 50 ms here: slow for a guesser, bearable for a sign-in.
const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/** scrypt with the server's cost, for passwords and for the keyed PIN check alike. */
export function scryptKey(input: BinaryLike, salt: Buffer, length: number): Promise<Buffer> {
  return scryptAsync(input, salt, length, SCRYPT);
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptKey(password.normalize('NFKC'), salt, 32);
  return `scrypt$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || key === undefined) return false;
  const expected = Buffer.from(key, 'base64');
  if (expected.length < 16) return false;
  const actual = await scryptKey(password.normalize('NFKC'), Buffer.from(salt, 'base64'), expected.length);
  return timingSafeEqual(actual, expected);
}

// A well-formed hash no password matches: checked against when a name is unknown, so a wrong
// name costs the same scrypt work as a wrong password (the key length sets nothing of the cost).
const NO_PASSWORD = `scrypt$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(32).toString('base64')}`;

/**
 * Check a password against the one stored, or against nothing when there is none (an unknown
 * name), always at the same cost. Security: answering an unknown name at once would tell an
 * outsider which names have passwords (issue 10: 115–217 ms against 1–4 ms).
 */
export async function verifyPasswordEvenIfNone(password: string, stored: string | null): Promise<boolean> {
  const matches = await verifyPassword(password, stored ?? NO_PASSWORD);
  return stored !== null && matches;
}

/** A bearer token for a device: 256 random bits; only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
