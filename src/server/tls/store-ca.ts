import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { ConfigError } from '../config';
import { buildCaCertificate, newKeyPair } from './certificate-builder';

/** Folder under DATA_DIR of the store's certificate authority and of the server certificate. */
export const TLS_FOLDER = 'tls';
export const CA_KEY_FILE = 'store-ca.key';
export const CA_CERT_FILE = 'store-ca.crt';

// Ten years: every tablet trusts this CA by hand, so replacing it means visiting each tablet again.
const CA_DAYS = 3650;

export interface StoreCa {
  readonly certPem: string;
  readonly privateKeyPem: string;
  readonly x509: X509Certificate;
}

const restoreHint = (file: string) =>
  `restore ${path.dirname(file)} from the backup, or remove it to make a new store certificate that every tablet must trust again`;

/**
 * The store's own certificate authority: made once on first start (its key readable by the
 * server's user only), then read back at every start. `npm run backup` copies both files.
 */
export function loadOrCreateStoreCa(dataDir: string, now: Date, hostname = os.hostname()): StoreCa {
  const folder = path.join(dataDir, TLS_FOLDER);
  const keyFile = path.join(folder, CA_KEY_FILE);
  const certFile = path.join(folder, CA_CERT_FILE);
  if (!fs.existsSync(keyFile)) {
    try {
      fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
      const keys = newKeyPair();
      const certPem = buildCaCertificate(keys, `Floorbook store CA (${hostname})`, now, CA_DAYS);
      // The certificate first: a key without it is useless, a certificate without its key is found below.
      fs.writeFileSync(certFile, certPem, { mode: 0o644 });
      fs.writeFileSync(keyFile, keys.privateKeyPem, { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST')
        throw new ConfigError(
          `The store certificate cannot be written to ${folder}; set DATA_DIR to a writable folder.`,
        );
    }
  }
  let certPem: string;
  let privateKeyPem: string;
  try {
    certPem = fs.readFileSync(certFile, 'utf8');
    privateKeyPem = fs.readFileSync(keyFile, 'utf8');
  } catch {
    throw new ConfigError(`The store certificate in ${folder} cannot be read; ${restoreHint(certFile)}.`);
  }
  let x509: X509Certificate;
  try {
    x509 = new X509Certificate(certPem);
    if (!x509.checkPrivateKey(createPrivateKey(privateKeyPem))) throw new Error('foreign key');
  } catch {
    throw new ConfigError(`The store certificate in ${folder} is damaged; ${restoreHint(certFile)}.`);
  }
  return { certPem, privateKeyPem, x509 };
}
