// npm start: build the app if it is missing or older than its sources, then run the server
// (which migrates the database and serves the app and the API on one port).
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist', 'index.html');

if (!fs.existsSync(path.join(root, 'node_modules', 'vite'))) {
  console.error('Dependencies are not installed yet: run `npm install` first, then `npm start`.');
  process.exit(1);
}

function newest(p) {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(p).reduce((m, f) => Math.max(m, newest(path.join(p, f))), st.mtimeMs);
}

const sources = ['src/app', 'src/shared', 'public', 'index.html', 'vite.config.ts', 'package.json'];
const stale =
  !fs.existsSync(dist) || sources.some((s) => newest(path.join(root, s)) > fs.statSync(dist).mtimeMs);
if (stale) {
  console.log('Building the app…');
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const args = ['--import', 'tsx', path.join(root, 'src/server/main.ts'), ...process.argv.slice(2)];
const server = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: process.env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
