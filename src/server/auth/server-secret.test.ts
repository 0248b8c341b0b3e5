import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from '../config';
import { loadServerSecret, SECRET_FILE } from './server-secret';

const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'floorbook-secret-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('loadServerSecret', () => {
  test('makes a random key once in the data folder, readable by its owner only, and keeps it', () => {
    const dataDir = path.join(tempDir(), 'data');
    const first = loadServerSecret({ dataDir, secret: undefined });
    expect(first.length).toBeGreaterThanOrEqual(32);
    const mode = fs.statSync(path.join(dataDir, SECRET_FILE)).mode & 0o777;
    expect(mode).toBe(0o600);
    expect(loadServerSecret({ dataDir, secret: undefined })).toBe(first);
  });

  test('FLOORBOOK_SECRET wins over the key file, and is never written to disk', () => {
    const dataDir = tempDir();
    const secret = 'x'.repeat(40);
    expect(loadServerSecret({ dataDir, secret })).toBe(secret);
    expect(fs.existsSync(path.join(dataDir, SECRET_FILE))).toBe(false);
  });

  test('refuses a key file cut short, in one sentence', () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, SECRET_FILE), 'short');
    expect(() => loadServerSecret({ dataDir, secret: undefined })).toThrow(ConfigError);
  });
});

describe('loadConfig', () => {
  test('refuses a FLOORBOOK_SECRET shorter than 32 characters and reads the offline limit', () => {
    expect(() => loadConfig({ FLOORBOOK_SECRET: 'too-short' }, '/')).toThrow(/FLOORBOOK_SECRET/);
    const config = loadConfig({ FLOORBOOK_SECRET: '', OFFLINE_LIMIT_HOURS: '48' }, '/');
    expect(config).toMatchObject({ secret: undefined, offlineLimitHours: 48 });
    expect(loadConfig({}, '/').offlineLimitHours).toBe(72);
  });
});
