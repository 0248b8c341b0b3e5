import type { Timers } from './triggers';

export interface PokeStreamDeps {
  /** '' in the app (same origin); an absolute origin in tests. */
  baseUrl: string;
  /** The device credential, read at each connection so a re-enrolment takes effect at once. */
  token: () => string;
  /** The server says the store changed; also called when a dropped stream is back (pokes may be lost). */
  onPoke: () => void;
  timers: Pick<Timers, 'setTimeout' | 'clearTimeout'>;
  /** 0 ≤ x < 1; spreads the reconnections of a store's tablets after a server restart. */
  random: () => number;
  fetch?: typeof fetch;
}

export const POKE_PATH = '/api/sync/events';
// The server writes a comment every 25 s; a stream silent for longer than this is dead even if
// the socket never said so (a tablet that slept, or moved to another access point).
export const SILENCE_MS = 60_000;
const FIRST_RETRY_MS = 1_000;
export const LONGEST_RETRY_MS = 60_000;

/**
 * Hold the server's poke stream open: a fetch with the credential in the Authorization header,
 * read as Server-Sent Events. Not EventSource: it cannot send a header, so the token would ride
 * in the URL, where server and proxy logs keep it (issue 10); and it cannot tell a refused
 * credential from a network failure. Connects again after any end, sooner after a stream that
 * worked, later after each failure in a row. Returns a function that stops listening.
 */
export function openPokeStream(deps: PokeStreamDeps): () => void {
  const doFetch = deps.fetch ?? ((input, init) => fetch(input, init));
  let stopped = false;
  let controller: AbortController | null = null;
  let retry: unknown = null;
  let failures = 0;
  let everOpen = false;

  async function connect(): Promise<void> {
    retry = null;
    const abort = new AbortController();
    controller = abort;
    let silence: unknown = null;
    const heard = () => {
      if (silence !== null) deps.timers.clearTimeout(silence);
      silence = deps.timers.setTimeout(() => abort.abort(), SILENCE_MS);
    };
    try {
      heard();
      const res = await doFetch(`${deps.baseUrl}${POKE_PATH}`, {
        headers: { authorization: `Bearer ${deps.token()}`, accept: 'text/event-stream' },
        cache: 'no-store',
        signal: abort.signal,
      });
      // Refused (revoked, outdated): the sync engine says why; here only the slowest retry.
      if (res.status === 401 || res.status === 403 || res.status === 426) failures = Infinity;
      else if (res.ok && res.body) {
        failures = 0;
        if (everOpen) deps.onPoke();
        everOpen = true;
        await readPokes(res.body, heard, deps.onPoke);
      } else failures++;
    } catch {
      failures++;
    } finally {
      if (silence !== null) deps.timers.clearTimeout(silence);
    }
    if (stopped) return;
    const ceiling = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** failures);
    retry = deps.timers.setTimeout(() => void connect(), ceiling / 2 + (deps.random() * ceiling) / 2);
  }

  void connect();
  return () => {
    stopped = true;
    if (retry !== null) deps.timers.clearTimeout(retry);
    controller?.abort();
  };
}

/** Read SSE messages until the stream ends: each message with a data line is one poke. */
async function readPokes(
  body: ReadableStream<Uint8Array>,
  heard: () => void,
  onPoke: () => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    heard();
    buffered += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
    for (let end = buffered.indexOf('\n\n'); end >= 0; end = buffered.indexOf('\n\n')) {
      const message = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      if (message.split('\n').some((line) => line.startsWith('data:'))) onPoke();
    }
  }
}
