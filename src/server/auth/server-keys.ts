import { createHmac, hkdfSync } from 'node:crypto';

/**
 * Keys derived from the server secret, one per purpose, so no key is ever used for two jobs
 * (a MAC key is never also an encryption key).
 */
export interface ServerKeys {
  /** HMAC key in front of scrypt for the server's own PIN check. */
  readonly pinMac: Buffer;
  /** AES-256-GCM key the offline verifiers are stored under. */
  readonly offlineSeal: Buffer;
  /** HMAC key for enrol codes: a 40-bit code hashed without a key would be reversed in minutes. */
  readonly enrolCode: Buffer;
}

const derive = (secret: string, purpose: string) =>
  Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), 'floorbook', purpose, 32));

export function serverKeys(secret: string): ServerKeys {
  return {
    pinMac: derive(secret, 'pin-mac-v1'),
    offlineSeal: derive(secret, 'offline-verifier-seal-v1'),
    enrolCode: derive(secret, 'enrol-code-v1'),
  };
}

export function hmacHex(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text, 'utf8').digest('hex');
}
