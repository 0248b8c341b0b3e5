import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { OfflinePinVerifier } from '../../shared/schemas/security.schema';
import { scryptKey } from './secrets';
import { makeOfflineVerifier } from './offline-verifier';
import type { ServerKeys } from './server-keys';

const SERVER_SCHEME = 'hs1';
const SEAL_SCHEME = 'v1';

/** What the staff row keeps of a PIN: the server's own check and the sealed offline verifier. */
export interface StoredPin {
  pinVerifier: string;
  pinOffline: string;
}

/** Both verifiers of a new PIN (about 0.1 s: scrypt and PBKDF2 run side by side). */
export async function storedPin(keys: ServerKeys, staffId: string, pin: string): Promise<StoredPin> {
  const [pinVerifier, offline] = await Promise.all([serverVerifier(keys, pin), makeOfflineVerifier(pin)]);
  return { pinVerifier, pinOffline: sealOffline(keys, staffId, offline) };
}

/**
 * scrypt(HMAC-SHA256(key, pin), salt): without the server secret a stolen database gives a
 * guesser nothing to test a PIN against, however few digits it has.
 */
async function serverVerifier(keys: ServerKeys, pin: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptKey(mac(keys, pin), salt, 32);
  return `${SERVER_SCHEME}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function checkServerPin(keys: ServerKeys, pin: string, stored: string): Promise<boolean> {
  const [scheme, salt, key] = stored.split('$');
  if (scheme !== SERVER_SCHEME || salt === undefined || key === undefined) return false;
  const expected = Buffer.from(key, 'base64');
  if (expected.length !== 32) return false;
  const actual = await scryptKey(mac(keys, pin), Buffer.from(salt, 'base64'), 32);
  return timingSafeEqual(actual, expected);
}

const mac = (keys: ServerKeys, pin: string) => createHmac('sha256', keys.pinMac).update(pin, 'utf8').digest();

/**
 * AES-256-GCM with the staff id as associated data, so a sealed verifier copied onto another
 * staff row does not open there.
 */
function sealOffline(keys: ServerKeys, staffId: string, verifier: OfflinePinVerifier): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keys.offlineSeal, iv);
  cipher.setAAD(Buffer.from(staffId, 'utf8'));
  const body = Buffer.concat([cipher.update(JSON.stringify(verifier), 'utf8'), cipher.final()]);
  return [
    SEAL_SCHEME,
    iv.toString('base64'),
    body.toString('base64'),
    cipher.getAuthTag().toString('base64'),
  ].join('.');
}

/** The offline verifier for the tablets, or null when it was sealed under another secret (or tampered with). */
export function openOffline(keys: ServerKeys, staffId: string, sealed: string): OfflinePinVerifier | null {
  const [scheme, iv, body, tag] = sealed.split('.');
  if (scheme !== SEAL_SCHEME || iv === undefined || body === undefined || tag === undefined) return null;
  try {
    // A fixed tag length: GCM would otherwise accept a truncated tag, which is easier to forge.
    const decipher = createDecipheriv('aes-256-gcm', keys.offlineSeal, Buffer.from(iv, 'base64'), {
      authTagLength: 16,
    });
    decipher.setAAD(Buffer.from(staffId, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    const json = Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString(
      'utf8',
    );
    const parsed = OfflinePinVerifier.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
