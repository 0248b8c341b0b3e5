import { describe, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Start the real server with the given environment and collect what it prints before it exits. */
function startWith(
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: '',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        STATIC_DIR: 'none',
        ...env,
      },
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr: stderr.trim(), stdout });
    });
  });
}

function oneSentence(text: string) {
  expect(text.split('\n')).toHaveLength(1);
  expect(text).not.toMatch(/\bat .+:\d+:\d+/);
}

describe('server start-up with bad configuration', () => {
  test('an unwritable data folder ends with one clear sentence', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'fb-ro-'));
    const file = path.join(parent, 'a-file');
    fs.writeFileSync(file, '');
    // A path under a regular file can never be created, even by root.
    const r = await startWith({ DATA_DIR: path.join(file, 'data'), PORT: '0' });
    expect(r.code).toBe(1);
    oneSentence(r.stderr);
    expect(r.stderr).toContain('DATA_DIR');
  });

  test('a malformed DATABASE_URL ends with one clear sentence', async () => {
    const r = await startWith({ DATABASE_URL: 'mysql://nope', PORT: '0' });
    expect(r.code).toBe(1);
    oneSentence(r.stderr);
    expect(r.stderr).toContain('DATABASE_URL');
  });

  test('a port in use ends with one clear sentence', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fb-port-'));
    const r = await startWith({ PORT: String(port), DATA_DIR: dataDir });
    blocker.close();
    expect(r.code).toBe(1);
    oneSentence(r.stderr);
    expect(r.stderr).toContain(`Port ${port} is already in use`);
  });

  test('an unreachable PostgreSQL ends with one clear sentence', async () => {
    const r = await startWith({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/test', PORT: '0' });
    expect(r.code).toBe(1);
    oneSentence(r.stderr);
    expect(r.stderr).toContain('cannot be reached');
  });

  test('a bad PORT ends with one clear sentence', async () => {
    const r = await startWith({ PORT: 'eighty' });
    expect(r.code).toBe(1);
    oneSentence(r.stderr);
    expect(r.stderr).toContain('PORT');
  });
});
