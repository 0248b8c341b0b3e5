import fs from 'node:fs';
import path from 'node:path';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { buildServerCertificate, newKeyPair } from './certificate-builder';
import type { ServerNames } from './server-names';
import { TLS_FOLDER, type StoreCa } from './store-ca';

const SERVER_KEY_FILE = 'server.key';
const SERVER_CERT_FILE = 'server.crt';

// Browsers refuse a server certificate valid longer than 398 days; a year leaves room.
export const SERVER_CERT_DAYS = 365;
// Renewed a month early, so a server left off over a holiday still starts with a valid one.
export const RENEW_BEFORE_MS = 30 * 86_400_000;
// A tablet whose clock runs a little slow must not see a certificate "not yet valid".
const BACKDATE_MS = 86_400_000;

/** What a TLS server is given: the key and the certificate chain (server, then the store CA). */
export interface ServedCertificate {
  readonly key: string;
  readonly cert: string;
  readonly validTo: Date;
}

export type RenewalReason = 'missing' | 'expiring' | 'names' | 'other-ca';

/** Why the server certificate must be made again now, or null while it still serves. */
export function renewalReason(
  certPem: string | null,
  ca: StoreCa,
  names: ServerNames,
  now: Date,
): RenewalReason | null {
  if (certPem === null) return 'missing';
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(certPem);
  } catch {
    return 'missing';
  }
  if (!cert.checkIssued(ca.x509) || !cert.verify(ca.x509.publicKey)) return 'other-ca';
  if (new Date(cert.validTo).getTime() - now.getTime() < RENEW_BEFORE_MS) return 'expiring';
  const named =
    names.dns.every((n) => cert.checkHost(n, { subject: 'never' }) === n) &&
    names.ips.every((ip) => cert.checkIP(ip) !== undefined);
  return named ? null : 'names';
}

function readIfPresent(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The server certificate kept in DATA_DIR/tls: the one on disk while it names every address
 * and has a month left, else a new one (new key too) written in its place.
 */
export function currentServerCertificate(
  dataDir: string,
  ca: StoreCa,
  names: ServerNames,
  now: Date,
): { served: ServedCertificate; renewed: RenewalReason | null } {
  const folder = path.join(dataDir, TLS_FOLDER);
  const certFile = path.join(folder, SERVER_CERT_FILE);
  const keyFile = path.join(folder, SERVER_KEY_FILE);
  const onDisk = { cert: readIfPresent(certFile), key: readIfPresent(keyFile) };
  let reason = renewalReason(onDisk.cert, ca, names, now);
  if (reason === null && !keyMatches(onDisk.cert, onDisk.key)) reason = 'missing';
  let certPem: string;
  let keyPem: string;
  if (reason === null && onDisk.cert !== null && onDisk.key !== null) {
    certPem = onDisk.cert;
    keyPem = onDisk.key;
  } else {
    const keys = newKeyPair();
    const notBefore = new Date(now.getTime() - BACKDATE_MS);
    certPem = buildServerCertificate(keys, ca, names, notBefore, SERVER_CERT_DAYS);
    keyPem = keys.privateKeyPem;
    fs.writeFileSync(keyFile, keyPem, { mode: 0o600 });
    fs.writeFileSync(certFile, certPem, { mode: 0o644 });
  }
  const validTo = new Date(new X509Certificate(certPem).validTo);
  return { served: { key: keyPem, cert: certPem + ca.certPem, validTo }, renewed: reason };
}

function keyMatches(certPem: string | null, keyPem: string | null): boolean {
  if (certPem === null || keyPem === null) return false;
  try {
    return new X509Certificate(certPem).checkPrivateKey(createPrivateKey(keyPem));
  } catch {
    return false;
  }
}
