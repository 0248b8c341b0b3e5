// npm start: build the app if it is missing or older than its sources, then run the server
// (which migrates the database and serves the app and the API on one port: HTTPS on the store
// network, with the page to trust the store certificate on the port beside it, decision 0011).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildIfStale } from './build-if-stale.mjs';

const root = path.resolve(import.meta.dirname, '..');

if (!fs.existsSync(path.join(root, 'node_modules', 'vite'))) {
  console.error('Dependencies are not installed yet: run `npm install` first, then `npm start`.');
  process.exit(1);
}

if (!buildIfStale()) process.exit(1);

const args = ['--import', 'tsx', path.join(root, 'src/server/main.ts'), ...process.argv.slice(2)];
const server = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: process.env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
