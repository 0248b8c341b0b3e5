import path from 'node:path';
import { buildApp } from './app';
import { ConfigError, loadConfig } from './config';
import { DatabaseOpenError, migrateToLatest } from './db/database';
import { openFromConfig } from './db/open-from-config';
import { VERSION } from './version';
import { memoryPokeBus, postgresPokeBus } from './sync/poke-bus';
import { purgeTombstones } from './sync/purge';
import { enrolCodeRepository } from './repositories/enrol-code.repository';
import { loadServerSecret } from './auth/server-secret';
import { sessionRepository } from './repositories/session.repository';
import { httpsRuntime, type HttpsRuntime } from './tls/https-runtime';
import { startBanner } from './tls/start-banner';
import { holdHeapGrowth } from './heap-growth';

// Tombstones past retention are dropped a few times a day; any instance may do it.
const PURGE_EVERY_MS = 6 * 3_600_000;

/** Turn a start-up failure into the one sentence an operator needs. */
function explain(err: unknown, port: number): string {
  if (err instanceof ConfigError || err instanceof DatabaseOpenError) return err.message;
  const e = err as NodeJS.ErrnoException & { port?: number };
  // The trust port (HTTP_PORT) fails the same way as PORT; the error names which one.
  const which = e.port !== undefined && e.port !== port ? 'HTTP_PORT' : 'PORT';
  if (e.code === 'EADDRINUSE')
    return `Port ${e.port ?? port} is already in use; stop the other program or set ${which} to a free port.`;
  if (e.code === 'EACCES')
    return `Not allowed to listen on port ${e.port ?? port}; choose a port above 1024 with ${which}.`;
  if (e.code === 'ECONNREFUSED' || e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN')
    return 'The PostgreSQL server in DATABASE_URL cannot be reached; check the host, port and that it is running.';
  if (e.code === '3D000') return 'The database named in DATABASE_URL does not exist; create it first.';
  if (e.code === '28P01' || e.code === '28000')
    return 'PostgreSQL refused the user in DATABASE_URL; check the name and password.';
  if (e.code === 'SQLITE_READONLY' || e.code === 'SQLITE_CANTOPEN')
    return 'The SQLite database file cannot be written; set DATA_DIR to a writable folder.';
  return `Floorbook could not start: ${e.message}`;
}

async function main(): Promise<void> {
  holdHeapGrowth();
  let port = Number(process.env.PORT ?? 8080);
  try {
    const config = loadConfig(process.env, process.cwd());
    port = config.port;
    const secret = loadServerSecret(config);
    // Before the database: a broken certificate file stops the server before anything else starts.
    const tls: HttpsRuntime | null =
      config.tls.mode === 'off' ? null : httpsRuntime({ ...config, tls: config.tls });
    const db = openFromConfig(config);
    const migration = await migrateToLatest(db);
    const pokes =
      config.databaseUrl === undefined
        ? memoryPokeBus()
        : postgresPokeBus(config.databaseUrl, (err) =>
            console.error(`Pokes between server instances paused: ${err.message}`),
          );
    const app = await buildApp({
      pokes,
      db,
      clock: Date.now,
      version: VERSION,
      secret,
      offlineLimitHours: config.offlineLimitHours,
      trustProxy: config.trustProxy,
      staticDir: config.staticDir,
      importDir: path.join(config.dataDir, 'imports'),
      logLevel: config.logLevel,
      ...(tls && { serverFactory: tls.serverFactory, addresses: tls.addresses }),
    });
    const purge = setInterval(() => {
      purgeTombstones(db.db, Date.now(), config.tombstoneRetentionMs)
        .then(() => sessionRepository(db.db).purgeExpired(Date.now()))
        .then(() => enrolCodeRepository(db.db).purgeExpired(Date.now()))
        .catch((err: unknown) => app.log.error({ err }, 'purge failed'));
    }, PURGE_EVERY_MS);
    purge.unref();
    let closing = false;
    const shutdown = (signal: string) => {
      if (closing) return;
      closing = true;
      app.log.info({ signal }, 'shutting down');
      // Finish requests in flight, then close the database so the last commit is on disk.
      void app
        .close()
        .then(() => tls?.close())
        .then(() => pokes.close())
        .then(() => db.close())
        .then(() => process.exit(0));
    };
    process.on('SIGTERM', () => shutdown('SIGTERM'));
    process.on('SIGINT', () => shutdown('SIGINT'));
    // The readable lines below come first; Fastify's own "listening" lines would precede them.
    const level = app.log.level;
    if (['info', 'debug', 'trace'].includes(level)) app.log.level = 'warn';
    await app.listen({ port: config.port, host: config.host });
    app.log.level = level;
    const address = app.server.address();
    const actualPort = typeof address === 'object' && address ? address.port : config.port;
    const running = `Floorbook ${VERSION} is running (${db.dialect}, migration ${migration}).`;
    if (tls) {
      await tls.start(app, actualPort, app.log);
      console.log(await startBanner(running, tls.addresses(), tls.fingerprint));
    } else {
      const shown = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
      console.log(`${running} Open http://${shown}:${actualPort}/`);
    }
    app.log.info({ port: actualPort, tls: config.tls.mode }, 'listening');
  } catch (err) {
    console.error(explain(err, port));
    process.exit(1);
  }
}

void main();
