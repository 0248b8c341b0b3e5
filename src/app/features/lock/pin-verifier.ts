import type { OfflinePinVerifier } from '../../../shared/schemas/security.schema';

const HASH_BITS = 256;

const fromBase64 = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

/** Every byte compared whatever the first difference, so the time taken does not tell how close a guess was. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/**
 * Whether `pin` is the one behind her offline verifier: PBKDF2-SHA256 of the PIN's UTF-8 digits
 * with the verifier's salt and iterations, 32 bytes (decision 0008). WebCrypto does the slow part,
 * off the main thread's JavaScript; it needs a secure context (HTTPS or localhost).
 */
export async function pinMatches(pin: string, verifier: OfflinePinVerifier): Promise<boolean> {
  const hash = await derive(pin, fromBase64(verifier.salt), verifier.iterations);
  return sameBytes(hash, fromBase64(verifier.hash));
}

/** A verifier as the server makes one; for tests and fixtures, the tablet never makes its own. */
export async function makePinVerifier(
  pin: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<OfflinePinVerifier> {
  return { salt: toBase64(salt), iterations, hash: toBase64(await derive(pin, salt, iterations)) };
}
