import { describe, expect, test } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/sync/protocol.schema';
import { httpTransport } from './http-transport';

interface Sent {
  url: string;
  init: RequestInit;
}

function answering(reply: () => Response | Promise<Response>) {
  const sent: Sent[] = [];
  let t = 1000;
  const transport = httpTransport({
    baseUrl: 'http://store.local',
    token: () => 'device-token',
    clock: () => (t += 10),
    fetch: async (url, init) => {
      sent.push({ url: url as string, init: init ?? {} });
      return reply();
    },
  });
  return { sent, transport };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const emptyPage = {
  cursor: 'c9',
  hasMore: false,
  resync: false,
  remaining: 0,
  members: [],
  events: [],
  serverTime: 5,
};

describe('httpTransport', () => {
  test('pushes with the device token and the protocol version, and times the round trip', async () => {
    const { sent, transport } = answering(() => json(200, { results: [], serverTime: 123 }));
    const out = await transport.push([]);
    expect(out).toEqual({
      kind: 'ok',
      value: { results: [], serverTime: 123 },
      trip: { sentAt: 1010, receivedAt: 1020 },
    });
    expect(sent[0]?.url).toBe('http://store.local/api/sync/push');
    expect(sent[0]?.init.method).toBe('POST');
    expect(sent[0]?.init.headers).toMatchObject({
      authorization: 'Bearer device-token',
      'x-floorbook-protocol': String(PROTOCOL_VERSION),
      'content-type': 'application/json',
    });
    expect(JSON.parse(sent[0]?.init.body as string)).toEqual({ protocol: PROTOCOL_VERSION, mutations: [] });
    expect(sent[0]?.init.headers).not.toHaveProperty('x-floorbook-session');
  });

  test('sends the signed-in staff member’s server session, read at each request, when she has one', async () => {
    let session: string | null = 'session-of-the-owner-01';
    const sent: Sent[] = [];
    const transport = httpTransport({
      baseUrl: '',
      token: () => 'device-token',
      clock: () => 1,
      session: () => session,
      fetch: (url, init) => {
        sent.push({ url: url as string, init: init ?? {} });
        return Promise.resolve(json(200, { results: [], serverTime: 1 }));
      },
    });
    await transport.push([]);
    session = null;
    await transport.push([]);
    expect(sent[0]?.init.headers).toMatchObject({ 'x-floorbook-session': 'session-of-the-owner-01' });
    expect(sent[1]?.init.headers).not.toHaveProperty('x-floorbook-session');
  });

  test('pulls from the start with an empty cursor, and after a cursor as given', async () => {
    const { sent, transport } = answering(() => json(200, emptyPage));
    expect((await transport.pull(null, 500)).kind).toBe('ok');
    await transport.pull('a b&c', 10);
    expect(sent.map((s) => s.url)).toEqual([
      'http://store.local/api/sync/pull?cursor=&limit=500',
      'http://store.local/api/sync/pull?cursor=a%20b%26c&limit=10',
    ]);
    expect(sent[0]?.init.method).toBe('GET');
  });

  test('fetches the staff list with the device token, and checks its shape', async () => {
    const staffList = {
      staff: [{ id: '0190a000-0000-7000-8000-000000000002', name: '李娜', role: 'associate', pin: null }],
      policy: { idleLockMinutes: 3, signInHours: 12, offlineLimitHours: 72 },
      serverTime: 5,
    };
    const { sent, transport } = answering(() => json(200, staffList));
    expect(await transport.staff?.()).toMatchObject({ kind: 'ok', value: staffList });
    expect(sent[0]?.url).toBe('http://store.local/api/staff');
    expect(sent[0]?.init.headers).toMatchObject({ authorization: 'Bearer device-token' });
    const odd = answering(() => json(200, { ...staffList, policy: {} }));
    expect((await odd.transport.staff?.())?.kind).toBe('transient');
  });

  test('uploads audit entries as one body', async () => {
    const entry = {
      id: '0190a000-0000-7000-8000-0000000000e1',
      at: 1,
      staffId: null,
      action: 'pin.fail' as const,
      memberId: null,
    };
    const { sent, transport } = answering(() => json(200, { stored: 1 }));
    expect(await transport.audit?.([entry])).toMatchObject({ kind: 'ok', value: { stored: 1 } });
    expect(sent[0]?.url).toBe('http://store.local/api/audit');
    expect(sent[0]?.init.method).toBe('POST');
    expect(JSON.parse(sent[0]?.init.body as string)).toEqual({ entries: [entry] });
  });

  test.each([
    [
      'a revoked device',
      () => json(401, { code: 'device-revoked', message: '', retryable: false }),
      { kind: 'revoked' },
    ],
    [
      'an unknown credential',
      () => json(401, { code: 'unauthenticated', message: '', retryable: false }),
      { kind: 'unauthenticated' },
    ],
    [
      'an outdated app',
      () => json(426, { code: 'app-outdated', message: '', retryable: false }),
      { kind: 'outdated' },
    ],
    [
      'an oversized body',
      () => json(413, { code: 'body-too-large', message: '', retryable: false }),
      { kind: 'too-large' },
    ],
    [
      'a busy server',
      () => json(503, { code: 'server-error', message: '', retryable: true }, { 'retry-after': '7' }),
      { kind: 'transient', code: 'server', retryAfterMs: 7000 },
    ],
    [
      'a reply that is not the protocol',
      () => json(200, { hello: 1 }),
      { kind: 'transient', code: 'server', retryAfterMs: null },
    ],
    [
      'a malformed request',
      () => json(400, { code: 'invalid-body', message: 'bad', retryable: false }),
      { kind: 'refused', status: 400, code: 'invalid-body', message: 'bad' },
    ],
    [
      'no network',
      () => Promise.reject(new TypeError('Failed to fetch')),
      { kind: 'transient', code: 'network', retryAfterMs: null },
    ],
  ])('maps %s to what the engine does next', async (_, reply, expected) => {
    const { transport } = answering(reply);
    expect(await transport.pull(null, 1)).toEqual(expected);
  });
});
