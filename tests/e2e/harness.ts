import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** The built product, run as a real process on a free loopback port with its own data folder. */
export interface RunningServer {
  url: string;
  dataDir: string;
  /** With `TLS: 'on'`: the plain-HTTP port's origin (trust page, redirects); the app is then on https. */
  trustUrl?: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * Start the product on a fresh SQLite database in a temporary folder. DATABASE_URL from the
 * test environment is ignored unless passed in `env`, so no run sees an earlier run's store.
 * On loopback it serves plain HTTP, as in development; `TLS: 'on'` in `env` makes it serve HTTPS
 * with its store CA, and the trust page on a second port.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'index.html')))
    throw new Error('Run `npm run build` before e2e tests.');
  const port = await freePort();
  const httpPort = env.TLS === 'on' ? await freePort() : null;
  // A data folder the caller names is hers: kept after stop, for the next version to start on.
  const ownDir = env.DATA_DIR === undefined;
  const dataDir = env.DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'floorbook-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      ...(httpPort !== null && { HTTP_PORT: String(httpPort) }),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `${httpPort === null ? 'http' : 'https'}://127.0.0.1:${port}`;
  const trustUrl = httpPort === null ? undefined : `http://127.0.0.1:${httpPort}`;
  // The trust port opens after HTTPS listens, and answers plain HTTP without the store's CA.
  const ready = trustUrl === undefined ? `${url}/api/health` : `${trustUrl}/`;
  // HTTPS first makes two RSA keys, which a busy machine can stretch to many seconds.
  const deadline = Date.now() + (trustUrl === undefined ? 30_000 : 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    try {
      const res = await fetch(ready);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    dataDir,
    ...(trustUrl !== undefined && { trustUrl }),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      if (ownDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A tablet: a fresh Chromium profile, 1280×800 unless told otherwise. */
export interface Tablet {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** The server's name on the store's Wi-Fi in these tests; each tablet's Chromium maps it to loopback. */
export const STORE_HOST = 'floorbook.test';
/** A name that is not loopback, so the browser applies its rules for a real tablet on the store network. */
export const RESOLVE_STORE_HOST = `--host-resolver-rules=MAP ${STORE_HOST} 127.0.0.1`;

/**
 * Trust the store CA in one browser profile only, as a tablet does once it installed the store
 * certificate. Debian's Chromium reads no NSS database of a temporary profile, so it is told the
 * CA's public key: a chain that holds it is accepted (the server sends the CA after its certificate).
 */
export function trustStoreCa(dataDir: string): string {
  const ca = new X509Certificate(fs.readFileSync(path.join(dataDir, 'tls', 'store-ca.crt')));
  const spki = ca.publicKey.export({ type: 'spki', format: 'der' });
  return `--ignore-certificate-errors-spki-list=${createHash('sha256').update(spki).digest('base64')}`;
}

export interface StoreServer extends RunningServer {
  /** Where the store's tablets open the app: HTTPS at the store's host name. */
  appUrl: string;
  /** Chromium flags of a tablet on the store's Wi-Fi that trusts the store certificate. */
  tabletArgs: readonly string[];
}

/**
 * The product as a store runs it, not as the lab does: HTTPS with its store CA, reached by a host
 * name that is not loopback, logging at its default level.
 */
export async function startStoreServer(env: Record<string, string> = {}): Promise<StoreServer> {
  const server = await startServer({ TLS: 'on', TLS_NAMES: STORE_HOST, LOG_LEVEL: 'info', ...env });
  return {
    ...server,
    appUrl: `https://${STORE_HOST}:${new URL(server.url).port}`,
    tabletArgs: [RESOLVE_STORE_HOST, trustStoreCa(server.dataDir)],
  };
}

export async function openTablet(
  viewport = { width: 1280, height: 800 },
  options: { bypassCSP?: boolean; args?: readonly string[] } = {},
): Promise<Tablet> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'floorbook-tablet-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport,
    locale: 'zh-CN',
    serviceWorkers: 'allow',
    // Only the benchmark sets it: it injects a bare Dexie next to the app to compare with.
    bypassCSP: options.bypassCSP ?? false,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Wait until the service worker is activated: only then is the shell precached. It claims the
 * open page as it activates, so a reload afterwards starts from its cache.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const sw = reg.active;
    if (sw && sw.state !== 'activated') {
      await new Promise<void>((resolve) => {
        sw.addEventListener('statechange', () => {
          if (sw.state === 'activated') resolve();
        });
      });
    }
  });
}

export const SCREENSHOTS = path.join(ROOT, 'docs', 'screenshots');

/**
 * Make a fresh tablet enrolled and signed in without the set-up screens, as the app itself
 * would after an enrolment: the device in the settings, the staff member in the sign-in.
 * Call on a page of the app's origin (e.g. `/robots.txt`) before loading the app.
 */
export async function enrolByStorage(page: Page, e: Enrolment): Promise<void> {
  await page.evaluate((e) => {
    const now = Date.now();
    const enrolment = { store: e.store, device: e.device };
    localStorage.setItem('floorbook.settings.v1', JSON.stringify({ language: 'zh-CN', enrolment }));
    const signIn = { staff: e.staff, signedInAt: now, lastActiveAt: now, server: null };
    localStorage.setItem('floorbook.staff-session.v1', JSON.stringify(signIn));
  }, e);
}

/** Enrol a tablet on the set-up page with a manager's or owner's name and password; she is signed in after. */
export async function enrolWithPassword(
  page: Page,
  url: string,
  enrolment: { staffName: string; password: string; deviceName: string },
): Promise<void> {
  await page.goto(url);
  await page.getByRole('tab', { name: '用店长账号' }).click();
  await page.getByLabel('店长或店主姓名').fill(enrolment.staffName);
  await page.getByLabel('密码', { exact: true }).fill(enrolment.password);
  await page.getByLabel('这台平板的名称').fill(enrolment.deviceName);
  await page.getByRole('button', { name: '绑定平板' }).click();
}
