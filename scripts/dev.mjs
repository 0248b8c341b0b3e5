// npm run dev: the API server on :8080 (restarts on change) and Vite with hot reload on :5173.
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const run = (cmd, args, env = {}) =>
  spawn(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });

// On loopback the API serves plain HTTP (decision 0011), which Vite's proxy speaks to.
const api = run(process.execPath, ['--import', 'tsx', '--watch', 'src/server/main.ts'], {
  HOST: '127.0.0.1',
  PORT: '8080',
  STATIC_DIR: 'no-static',
});
const web = run(process.execPath, ['node_modules/vite/bin/vite.js']);
const stop = () => {
  api.kill();
  web.kill();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
