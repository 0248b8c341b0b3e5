/** What the tablet knows of the server it syncs with, from `GET /api/health`. */
export interface ServerInfo {
  version: string;
  protocol: number;
  /** The build of the app the server serves; null when it serves none. */
  app: { version: string; build: string } | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Read by hand, not with zod (it runs before the first screen, decision 0003), and leniently:
 * a newer server may answer with more fields, and an older one without `app`.
 */
export function readServerInfo(body: unknown): ServerInfo | null {
  if (!isRecord(body) || typeof body.version !== 'string' || typeof body.protocol !== 'number') return null;
  const app = body.app;
  const served =
    isRecord(app) && typeof app.version === 'string' && typeof app.build === 'string'
      ? { version: app.version, build: app.build }
      : null;
  return { version: body.version, protocol: body.protocol, app: served };
}

export interface ServerWatchEnv {
  fetchHealth(): Promise<unknown>;
  after(ms: number, fn: () => void): () => void;
  /** Between polls while the server answers, and while it does not (so a return is noticed soon). */
  answeredEveryMs: number;
  unansweredEveryMs: number;
}

/**
 * Polls the server's health: a new build of the server is found without waiting for the hourly
 * check, and a tablet on a network that never said "offline" notices when the server is back.
 */
export function watchServer(env: ServerWatchEnv, onInfo: (info: ServerInfo) => void) {
  let cancel: (() => void) | null = null;
  const clear = () => {
    cancel?.();
    cancel = null;
  };
  const poll = async () => {
    clear();
    let info: ServerInfo | null = null;
    try {
      info = readServerInfo(await env.fetchHealth());
    } catch {
      // Unreachable: polled again sooner.
    }
    if (info) onInfo(info);
    // A poll started meanwhile (the `online` event) replaces this one's schedule.
    clear();
    cancel = env.after(info ? env.answeredEveryMs : env.unansweredEveryMs, () => void poll());
  };
  return { poll };
}
