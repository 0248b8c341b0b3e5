import { describe, expect, test, vi } from 'vitest';
import { LONGEST_RETRY_MS, SILENCE_MS, openPokeStream } from './poke-stream';

/** Timers the test runs by hand: what is pending, and after how long. */
function manualTimers() {
  const pending = new Map<number, { fn: () => void; ms: number }>();
  let next = 1;
  return {
    pending,
    setTimeout: (fn: () => void, ms: number) => {
      pending.set(next, { fn, ms });
      return next++;
    },
    clearTimeout: (h: unknown) => void pending.delete(h as number),
    /** Run the pending timers that wait exactly `ms`, or any if not said. */
    fire(match: (ms: number) => boolean = () => true) {
      for (const [h, t] of [...pending])
        if (match(t.ms)) {
          pending.delete(h);
          t.fn();
        }
    },
  };
}

/** A server stream the test writes to and ends. */
function serverStream(signal: AbortSignal | null | undefined) {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
  const encoder = new TextEncoder();
  return {
    response: new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } }),
    write: (text: string) => controller.enqueue(encoder.encode(text)),
    end: () => controller.close(),
  };
}

const settle = () => new Promise((r) => setTimeout(r, 5));

function listening(answer?: (init: RequestInit | undefined) => Response) {
  const timers = manualTimers();
  const onPoke = vi.fn();
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const streams: ReturnType<typeof serverStream>[] = [];
  const fetch = vi.fn((url: string, init?: RequestInit) => {
    calls.push({ url, init });
    if (answer) return Promise.resolve(answer(init));
    const s = serverStream(init?.signal);
    streams.push(s);
    return Promise.resolve(s.response);
  });
  const stop = openPokeStream({
    baseUrl: 'http://store.local',
    token: () => 'device-token-device-token',
    onPoke,
    timers,
    random: () => 0.5,
    fetch: fetch as unknown as typeof globalThis.fetch,
  });
  return { timers, onPoke, calls, streams, stop };
}

describe('openPokeStream', () => {
  test('sends the credential in the Authorization header, never in the URL', async () => {
    const { calls, stop } = listening();
    await settle();
    expect(calls[0]?.url).toBe('http://store.local/api/sync/events');
    expect(new Headers(calls[0]?.init?.headers).get('authorization')).toBe(
      'Bearer device-token-device-token',
    );
    stop();
  });

  test('pokes once per message with data, not for comments or the retry line', async () => {
    const { streams, onPoke, stop } = listening();
    await settle();
    streams[0]?.write('retry: 5000\n\n: keep-alive\n\n');
    streams[0]?.write('data: changed\n\ndata: cha');
    await settle();
    expect(onPoke).toHaveBeenCalledTimes(1);
    streams[0]?.write('nged\n\n');
    await settle();
    expect(onPoke).toHaveBeenCalledTimes(2);
    stop();
  });

  test('opens again soon after the stream ends, and pokes once for what it may have missed', async () => {
    const { streams, calls, onPoke, timers, stop } = listening();
    await settle();
    streams[0]?.end();
    await settle();
    const waits = [...timers.pending.values()].map((t) => t.ms);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeLessThanOrEqual(1_000);
    timers.fire();
    await settle();
    expect(calls).toHaveLength(2);
    expect(onPoke).toHaveBeenCalledTimes(1);
    stop();
  });

  test('a refused credential is tried again only after the longest wait', async () => {
    const { timers, calls, stop } = listening(
      () => new Response('{"code":"device-revoked"}', { status: 401 }),
    );
    await settle();
    expect([...timers.pending.values()].map((t) => t.ms)).toEqual([LONGEST_RETRY_MS * 0.75]);
    expect(calls).toHaveLength(1);
    stop();
    expect(timers.pending.size).toBe(0);
  });

  test('a stream silent past the heartbeat is dropped and opened again', async () => {
    const { timers, calls, stop } = listening();
    await settle();
    timers.fire((ms) => ms === SILENCE_MS);
    await settle();
    expect(calls[0]?.init?.signal?.aborted).toBe(true);
    timers.fire();
    await settle();
    expect(calls).toHaveLength(2);
    stop();
  });

  test('stopping closes the stream and opens no other', async () => {
    const { timers, calls, stop } = listening();
    await settle();
    stop();
    await settle();
    expect(calls[0]?.init?.signal?.aborted).toBe(true);
    expect(timers.pending.size).toBe(0);
  });
});
