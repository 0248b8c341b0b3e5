import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { afterEach, describe, expect, test } from 'vitest';
import { ConfigError } from '../config';
import { currentServerCertificate, SERVER_CERT_DAYS } from './server-certificate';
import { serverNames } from './server-names';
import { CA_CERT_FILE, CA_KEY_FILE, loadOrCreateStoreCa, TLS_FOLDER } from './store-ca';

const DAY = 86_400_000;
const dirs: string[] = [];
const dataDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'floorbook-ca-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const lan = (address: string): NodeJS.Dict<os.NetworkInterfaceInfo[]> => ({
  lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true } as os.NetworkInterfaceInfo],
  eth0: [
    { address, family: 'IPv4', internal: false } as os.NetworkInterfaceInfo,
    { address: 'fe80::1', family: 'IPv6', internal: false } as os.NetworkInterfaceInfo,
  ],
});
const start = new Date('2026-12-04T15:00:00Z');

describe('loadOrCreateStoreCa', () => {
  test('makes a CA that may only sign certificates, its key readable by the server user only', () => {
    const dir = dataDir();
    const ca = loadOrCreateStoreCa(dir, start, 'till');
    expect(ca.x509.ca).toBe(true);
    const usage = forge.pki.certificateFromPem(ca.certPem).getExtension('keyUsage') as Record<
      string,
      unknown
    >;
    expect(usage).toMatchObject({ critical: true, keyCertSign: true, digitalSignature: false });
    expect(ca.x509.subject).toContain('CN=Floorbook store CA (till)');
    expect(fs.statSync(path.join(dir, TLS_FOLDER, CA_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.join(dir, TLS_FOLDER)).mode & 0o777).toBe(0o700);
  });

  test('reads the same CA back at the next start', () => {
    const dir = dataDir();
    const first = loadOrCreateStoreCa(dir, start);
    expect(loadOrCreateStoreCa(dir, new Date(start.getTime() + DAY)).certPem).toBe(first.certPem);
  });

  test('a damaged CA certificate stops start-up with one sentence', () => {
    const dir = dataDir();
    loadOrCreateStoreCa(dir, start);
    fs.writeFileSync(path.join(dir, TLS_FOLDER, CA_CERT_FILE), 'not a certificate');
    expect(() => loadOrCreateStoreCa(dir, start)).toThrow(ConfigError);
    expect(() => loadOrCreateStoreCa(dir, start)).toThrow(
      /^The store certificate in .+ is damaged; restore .+\.$/,
    );
  });

  test('a CA key of another CA stops start-up with one sentence', () => {
    const dir = dataDir();
    const other = dataDir();
    loadOrCreateStoreCa(dir, start);
    loadOrCreateStoreCa(other, start);
    fs.copyFileSync(path.join(other, TLS_FOLDER, CA_KEY_FILE), path.join(dir, TLS_FOLDER, CA_KEY_FILE));
    expect(() => loadOrCreateStoreCa(dir, start)).toThrow(/is damaged/);
  });
});

describe('currentServerCertificate', () => {
  test('names every address and host name the server listens on, for serverAuth, under 398 days', () => {
    const dir = dataDir();
    const ca = loadOrCreateStoreCa(dir, start);
    const names = serverNames('0.0.0.0', ['floorbook.lan'], lan('192.168.1.20'), 'till');
    const { served, renewed } = currentServerCertificate(dir, ca, names, start);
    expect(renewed).toBe('missing');
    const cert = new X509Certificate(served.cert);
    for (const host of ['localhost', 'till', 'till.local', 'floorbook.lan'])
      expect(cert.checkHost(host, { subject: 'never' })).toBe(host);
    for (const ip of ['127.0.0.1', '192.168.1.20']) expect(cert.checkIP(ip)).toBe(ip);
    expect(cert.subjectAltName).not.toContain('FE80');
    expect(cert.ca).toBe(false);
    expect(cert.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']);
    expect(cert.checkIssued(ca.x509) && cert.verify(ca.x509.publicKey)).toBe(true);
    const days = (Date.parse(cert.validTo) - Date.parse(cert.validFrom)) / DAY;
    expect(days).toBeLessThanOrEqual(397);
    expect(days).toBeGreaterThanOrEqual(SERVER_CERT_DAYS);
    // The chain served: the server certificate, then the store CA.
    expect(served.cert.endsWith(ca.certPem)).toBe(true);
    expect(fs.statSync(path.join(dir, TLS_FOLDER, 'server.key')).mode & 0o777).toBe(0o600);
  });

  test('keeps serving the same certificate while it is valid and names every address', () => {
    const dir = dataDir();
    const ca = loadOrCreateStoreCa(dir, start);
    const names = serverNames('0.0.0.0', [], lan('192.168.1.20'), 'till');
    const first = currentServerCertificate(dir, ca, names, start);
    const later = currentServerCertificate(dir, ca, names, new Date(start.getTime() + 200 * DAY));
    expect(later.renewed).toBeNull();
    expect(later.served.cert).toBe(first.served.cert);
  });

  test('renews a month before it expires, and a certificate past its end', () => {
    const dir = dataDir();
    const ca = loadOrCreateStoreCa(dir, start);
    const names = serverNames('0.0.0.0', [], lan('192.168.1.20'), 'till');
    const first = currentServerCertificate(dir, ca, names, start);
    const nearEnd = new Date(first.served.validTo.getTime() - 29 * DAY);
    const renewed = currentServerCertificate(dir, ca, names, nearEnd);
    expect(renewed.renewed).toBe('expiring');
    expect(renewed.served.validTo.getTime()).toBeGreaterThan(nearEnd.getTime() + 300 * DAY);
    const pastEnd = new Date(renewed.served.validTo.getTime() + DAY);
    expect(currentServerCertificate(dir, ca, names, pastEnd).renewed).toBe('expiring');
  });

  test('renews when the server gets a new address', () => {
    const dir = dataDir();
    const ca = loadOrCreateStoreCa(dir, start);
    currentServerCertificate(dir, ca, serverNames('0.0.0.0', [], lan('192.168.1.20'), 'till'), start);
    const moved = serverNames('0.0.0.0', [], lan('10.0.0.7'), 'till');
    const next = currentServerCertificate(dir, ca, moved, new Date(start.getTime() + DAY));
    expect(next.renewed).toBe('names');
    expect(new X509Certificate(next.served.cert).checkIP('10.0.0.7')).toBe('10.0.0.7');
  });

  test('replaces a certificate another CA signed (the CA restored from an older backup)', () => {
    const dir = dataDir();
    const names = serverNames('0.0.0.0', [], lan('192.168.1.20'), 'till');
    currentServerCertificate(dir, loadOrCreateStoreCa(dir, start), names, start);
    fs.rmSync(path.join(dir, TLS_FOLDER, CA_KEY_FILE));
    fs.rmSync(path.join(dir, TLS_FOLDER, CA_CERT_FILE));
    const newCa = loadOrCreateStoreCa(dir, start);
    expect(currentServerCertificate(dir, newCa, names, start).renewed).toBe('other-ca');
  });
});
