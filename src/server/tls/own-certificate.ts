import fs from 'node:fs';
import { X509Certificate, createPrivateKey, type KeyObject } from 'node:crypto';
import { ConfigError } from '../config';
import type { ServedCertificate } from './server-certificate';

function read(file: string, variable: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new ConfigError(
      `The file ${file} in ${variable} cannot be read; check the path and its permissions.`,
    );
  }
}

/**
 * The store's own certificate (TLS_CERT_FILE: the server's, then any intermediates, PEM) and its
 * key (TLS_KEY_FILE). Checked before the server listens, so a broken or foreign file stops it
 * with a sentence instead of failing every tablet's handshake.
 */
export function loadOwnCertificate(certFile: string, keyFile: string, now: Date): ServedCertificate {
  const certPem = read(certFile, 'TLS_CERT_FILE');
  const keyPem = read(keyFile, 'TLS_KEY_FILE');
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(certPem);
  } catch {
    throw new ConfigError(
      `TLS_CERT_FILE ${certFile} holds no readable certificate; give the server certificate in PEM form.`,
    );
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(keyPem);
  } catch {
    throw new ConfigError(
      `TLS_KEY_FILE ${keyFile} holds no readable private key; give the unencrypted key in PEM form.`,
    );
  }
  if (!cert.checkPrivateKey(key))
    throw new ConfigError(
      `TLS_KEY_FILE ${keyFile} is not the key of the certificate in TLS_CERT_FILE; give the key it was issued for.`,
    );
  const validTo = new Date(cert.validTo);
  if (validTo.getTime() <= now.getTime())
    throw new ConfigError(
      `The certificate in TLS_CERT_FILE expired on ${validTo.toISOString().slice(0, 10)}; renew it.`,
    );
  return { key: keyPem, cert: certPem, validTo };
}
