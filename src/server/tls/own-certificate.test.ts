import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ConfigError } from '../config';
import { buildServerCertificate, newKeyPair } from './certificate-builder';
import { loadOwnCertificate } from './own-certificate';
import { loadOrCreateStoreCa } from './store-ca';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A certificate of the kind a store brings, and its key, written to files. */
function ownFiles(notBefore: Date, days: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'floorbook-own-'));
  dirs.push(dir);
  const ca = loadOrCreateStoreCa(dir, notBefore);
  const keys = newKeyPair();
  const cert = buildServerCertificate(keys, ca, { dns: ['floorbook.example'], ips: [] }, notBefore, days);
  const certFile = path.join(dir, 'cert.pem');
  const keyFile = path.join(dir, 'key.pem');
  fs.writeFileSync(certFile, cert);
  fs.writeFileSync(keyFile, keys.privateKeyPem);
  return { dir, certFile, keyFile };
}

const now = new Date('2026-12-04T15:00:00Z');
const oneSentence = (fn: () => unknown, pattern: RegExp) => {
  expect(fn).toThrow(ConfigError);
  try {
    fn();
  } catch (err) {
    expect((err as Error).message).toMatch(pattern);
    expect((err as Error).message.split('\n')).toHaveLength(1);
  }
};

describe('loadOwnCertificate', () => {
  test('serves a certificate with its key', () => {
    const f = ownFiles(now, 90);
    expect(loadOwnCertificate(f.certFile, f.keyFile, now).cert).toContain('BEGIN CERTIFICATE');
  });

  test('a foreign key stops the server with one sentence', () => {
    const f = ownFiles(now, 90);
    fs.writeFileSync(f.keyFile, newKeyPair().privateKeyPem);
    oneSentence(() => loadOwnCertificate(f.certFile, f.keyFile, now), /^TLS_KEY_FILE .+ is not the key of/);
  });

  test('a broken certificate file stops the server with one sentence', () => {
    const f = ownFiles(now, 90);
    fs.writeFileSync(f.certFile, '-----BEGIN CERTIFICATE-----\nbroken\n-----END CERTIFICATE-----\n');
    oneSentence(() => loadOwnCertificate(f.certFile, f.keyFile, now), /^TLS_CERT_FILE .+ holds no readable/);
  });

  test('a broken key file stops the server with one sentence', () => {
    const f = ownFiles(now, 90);
    fs.writeFileSync(f.keyFile, 'nope');
    oneSentence(() => loadOwnCertificate(f.certFile, f.keyFile, now), /^TLS_KEY_FILE .+ holds no readable/);
  });

  test('a missing file stops the server with one sentence', () => {
    const f = ownFiles(now, 90);
    oneSentence(
      () => loadOwnCertificate(path.join(f.dir, 'missing.pem'), f.keyFile, now),
      /^The file .+missing\.pem in TLS_CERT_FILE cannot be read/,
    );
  });

  test('an expired certificate stops the server with one sentence', () => {
    const f = ownFiles(new Date('2025-01-01T00:00:00Z'), 90);
    oneSentence(
      () => loadOwnCertificate(f.certFile, f.keyFile, now),
      /^The certificate in TLS_CERT_FILE expired on 2025-04-01; renew it\.$/,
    );
  });
});
