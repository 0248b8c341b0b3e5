import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const COPIED = ['index.html', 'vite.config.ts', 'package.json', 'src', 'public'];
export const NEXT_TITLE = '会员通 Floorbook · 新版本';

/** The next release of the app, built into a temporary folder: what a store installs on upgrade day. */
export interface NextBuild {
  dist: string;
  version: string;
  remove(): void;
}

/**
 * Build a copy of this app with a visible change (its title and version) and one more Dexie
 * version, as any release that adds a synced table has. Dexie takes versions in any order, so
 * the new one goes right after the constructor's `super(...)` call.
 */
export async function buildNextVersion(): Promise<NextBuild> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'floorbook-next-'));
  for (const name of COPIED) fs.cpSync(path.join(ROOT, name), path.join(dir, name), { recursive: true });
  fs.symlinkSync(fs.realpathSync(path.join(ROOT, 'node_modules')), path.join(dir, 'node_modules'));
  const edit = (file: string, change: (text: string) => string) => {
    const full = path.join(dir, file);
    const before = fs.readFileSync(full, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`could not change ${file} for the next build`);
    fs.writeFileSync(full, after);
  };
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string };
  const version = `${pkg.version}-next`;
  edit('package.json', (s) => s.replace(`"version": "${pkg.version}"`, `"version": "${version}"`));
  edit('index.html', (s) => s.replace(/<title>[^<]*<\/title>/, `<title>${NEXT_TITLE}</title>`));
  edit('src/app/db/floorbook-db.ts', (s) => {
    const top = Math.max(...[...s.matchAll(/this\.version\((\d+)\)/g)].map((m) => Number(m[1])));
    const superEnd = s.indexOf('});', s.indexOf('super(')) + 3;
    return `${s.slice(0, superEnd)}\n    this.version(${top + 1}).stores({ releaseProbe: 'id' });${s.slice(superEnd)}`;
  });
  const dist = path.join(dir, 'dist');
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--outDir', dist, '--logLevel', 'error'], {
      cwd: dir,
      // Under vitest NODE_ENV is `test`, which vite would build as development: no service worker.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (d: Buffer) => (errors += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build failed: ${errors}`))));
  });
  return { dist, version, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
