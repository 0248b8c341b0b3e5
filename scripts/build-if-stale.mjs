// Build the app when dist/ is missing or older than its sources; shared by `npm start` and the benchmark.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist', 'index.html');
const sources = ['src/app', 'src/shared', 'public', 'index.html', 'vite.config.ts', 'package.json'];

function newest(p) {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(p).reduce((m, f) => Math.max(m, newest(path.join(p, f))), st.mtimeMs);
}

/** Returns false when the build failed. */
export function buildIfStale() {
  const stale =
    !fs.existsSync(dist) || sources.some((s) => newest(path.join(root, s)) > fs.statSync(dist).mtimeMs);
  if (!stale) return true;
  console.log('Building the app…');
  const r = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  );
  return r.status === 0;
}
