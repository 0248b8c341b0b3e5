import { afterEach, describe, expect, test } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../e2e/harness';
import { buildServerCertificate, newKeyPair } from '../../src/server/tls/certificate-builder';
import { loadOrCreateStoreCa } from '../../src/server/tls/store-ca';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const children: ChildProcess[] = [];
const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'floorbook-https-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** The real server; resolves with what it printed once `until` shows up, or when it exits. */
function start(env: Record<string, string>, until: RegExp) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', HOST: '127.0.0.1', STATIC_DIR: 'none', ...env },
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (until.test(stdout)) resolve({ code: null, stdout, stderr });
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr: stderr.trim() }));
  });
}

/** Start with the certificate and key written to `dir` as cert.pem and key.pem. */
const startWithOwnCertificate = (dir: string) =>
  start(
    {
      TLS_CERT_FILE: path.join(dir, 'cert.pem'),
      TLS_KEY_FILE: path.join(dir, 'key.pem'),
      PORT: '0',
      DATA_DIR: dir,
      LOG_LEVEL: 'silent',
    },
    /running/,
  );

function getOverTls(url: string, ca: string): Promise<number> {
  return new Promise((resolve, reject) => {
    https
      // To 127.0.0.1, checking the certificate for the name a tablet would use.
      .get(url, { ca, servername: 'floorbook.test' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on('error', reject);
  });
}

describe('the server on HTTPS', () => {
  test('prints each tablet address and the trust page before any log line, and serves both ports', async () => {
    const dataDir = tempDir();
    const [port, httpPort] = [await freePort(), await freePort()];
    const env = {
      TLS: 'on',
      TLS_NAMES: 'floorbook.test',
      PORT: String(port),
      HTTP_PORT: String(httpPort),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
    };
    const r = await start(env, /"msg":"listening"/);
    expect(r.code, r.stderr).toBeNull();
    const lines = r.stdout.split('\n');
    const line = `  https://floorbook.test:${port}/   (store certificate first: http://floorbook.test:${httpPort}/)`;
    expect(lines).toContain(line);
    const firstJson = lines.findIndex((l) => l.startsWith('{'));
    expect(lines.indexOf(line)).toBeLessThan(firstJson);
    expect(r.stdout).toMatch(/Store certificate SHA-256 ([0-9A-F]{2}:){31}[0-9A-F]{2}/);
    expect(r.stdout).toContain('▄'); // the QR code, drawn with half blocks

    expect(fs.statSync(path.join(dataDir, 'tls', 'store-ca.key')).mode & 0o777).toBe(0o600);
    const ca = fs.readFileSync(path.join(dataDir, 'tls', 'store-ca.crt'), 'utf8');
    expect(await getOverTls(`https://127.0.0.1:${port}/api/health`, ca)).toBe(200);

    const page = await fetch(`http://127.0.0.1:${httpPort}/`);
    expect(await page.text()).toContain('信任门店证书');
    const crt = await fetch(`http://127.0.0.1:${httpPort}/floorbook-store-ca.crt`);
    expect(crt.headers.get('content-type')).toBe('application/x-x509-ca-cert');
    const profile = await fetch(`http://127.0.0.1:${httpPort}/floorbook-store.mobileconfig`);
    expect(profile.headers.get('content-type')).toBe('application/x-apple-aspen-config');
    const other = await fetch(`http://127.0.0.1:${httpPort}/api/health`, { redirect: 'manual' });
    expect(other.status).toBe(308);
    expect(other.headers.get('location')).toBe(`https://127.0.0.1:${port}/api/health`);
  });

  test('a certificate file with a foreign key stops the server with one sentence', async () => {
    const dir = tempDir();
    const ca = loadOrCreateStoreCa(dir, new Date());
    const cert = buildServerCertificate(
      newKeyPair(),
      ca,
      { dns: ['floorbook.test'], ips: [] },
      new Date(),
      30,
    );
    fs.writeFileSync(path.join(dir, 'cert.pem'), cert);
    fs.writeFileSync(path.join(dir, 'key.pem'), newKeyPair().privateKeyPem);
    const r = await startWithOwnCertificate(dir);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^TLS_KEY_FILE .+key\.pem is not the key of the certificate in TLS_CERT_FILE; .+\.$/,
    );
  });

  test('a broken certificate file stops the server with one sentence', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'cert.pem'), 'garbage');
    fs.writeFileSync(path.join(dir, 'key.pem'), newKeyPair().privateKeyPem);
    const r = await startWithOwnCertificate(dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^TLS_CERT_FILE .+ holds no readable certificate; .+\.$/);
  });
});
