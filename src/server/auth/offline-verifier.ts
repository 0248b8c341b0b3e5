import { pbkdf2, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { OfflinePinVerifier } from '../../shared/schemas/security.schema';

const pbkdf2Async = promisify(pbkdf2);

/**
 * The tablet checks a PIN with WebCrypto's PBKDF2; 150,000 rounds of SHA-256 keep a stolen
 * tablet's verifiers at hours of work per PIN while a sign-in on a tablet stays under a second.
 */
export const OFFLINE_ITERATIONS = 150_000;
const SALT_BYTES = 16;
const HASH_BYTES = 32;

/** A fresh offline verifier for a PIN, computed exactly as `OfflinePinVerifier` documents it. */
export async function makeOfflineVerifier(pin: string): Promise<OfflinePinVerifier> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await pbkdf2Async(Buffer.from(pin, 'utf8'), salt, OFFLINE_ITERATIONS, HASH_BYTES, 'sha256');
  return { salt: salt.toString('base64'), iterations: OFFLINE_ITERATIONS, hash: hash.toString('base64') };
}

/**
 * Whether `pin` matches a verifier, the way the tablet decides it offline. Synchronous and
 * node:crypto only, so tests can prove the tablet's computation and the server's agree.
 */
export function offlinePinMatches(pin: string, verifier: OfflinePinVerifier): boolean {
  const expected = Buffer.from(verifier.hash, 'base64');
  if (expected.length !== HASH_BYTES) return false;
  const actual = pbkdf2Sync(
    Buffer.from(pin, 'utf8'),
    Buffer.from(verifier.salt, 'base64'),
    verifier.iterations,
    expected.length,
    'sha256',
  );
  return timingSafeEqual(actual, expected);
}
