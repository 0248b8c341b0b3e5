import { afterEach, describe, expect, test } from 'vitest';
import { openPokeStream, POKE_PATH } from '../../src/app/sync/poke-stream';
import { PROTOCOL_VERSION } from '../../src/shared/sync/protocol.schema';
import { SESSION_HEADER } from '../../src/shared/schemas/security.schema';
import { Enrolment } from '../../src/shared/schemas/setup.schema';
import { z } from 'zod';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { mutationMaker, syncHeaders } from '../fixtures/sync-api';
import { memberFields } from '../fixtures/factories';
import { startServerUnderTest, type ServerUnderTest } from '../sync/fixtures/server-process';

const PASSWORD = 'Floor-2026-secret';
const OWNER_PIN = '258036';
const ASSOCIATE_PIN = '461825';
const GUESSED_PIN = '739152';
const PHONE = '13912345678';
const REASON = '核对回访名单13912345678';
const IMPORTED_PHONE = '13698765432';
const FILE_NAME = `会员 ${IMPORTED_PHONE}.csv`;
const WRONG_POS_KEY = 'pos_NotTheKeyTheOwnerWasShownOnce0123456789';

/** Whether `secret` shows in the log as itself or URL-encoded, not as part of a longer word or number. */
function appears(log: string, secret: string): boolean {
  return [secret, encodeURIComponent(secret)].some((form) => {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`).test(log);
  });
}

describe.each(TEST_DIALECTS)('the server log on %s', (dialect) => {
  let server: ServerUnderTest | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  test('at the default level, holds no credential, PIN, password, POS key, phone, export reason or file name', async () => {
    let log = '';
    server = await startServerUnderTest(dialect, { logLevel: null, onOutput: (text) => (log += text) });
    const url = server.process.url;
    const call = async (method: string, path: string, headers: Record<string, string>, body?: unknown) => {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: { ...headers, ...(body !== undefined && { 'content-type': 'application/json' }) },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      const isJson = res.headers.get('content-type')?.startsWith('application/json') ?? false;
      return { status: res.status, body: isJson ? (JSON.parse(text) as unknown) : text };
    };
    const answer = async (...args: Parameters<typeof call>) => (await call(...args)).body;

    // Set-up, a password enrolment, a wrong password, an enrol code used by a third tablet.
    const owner = Enrolment.parse(
      await answer(
        'POST',
        '/api/setup',
        {},
        {
          storeName: '静安嘉里店',
          ownerName: '王丽',
          password: PASSWORD,
          ownerPin: OWNER_PIN,
          deviceName: '收银台',
        },
      ),
    );
    const ownerAuth = {
      authorization: `Bearer ${owner.device.token}`,
      [SESSION_HEADER]: owner.session.token,
    };
    const second = Enrolment.parse(
      await answer(
        'POST',
        '/api/devices',
        {},
        { staffName: '王丽', password: PASSWORD, deviceName: '试衣间' },
      ),
    );
    expect(
      (
        await call(
          'POST',
          '/api/devices',
          {},
          { staffName: '王丽', password: 'guess-guess', deviceName: 'x' },
        )
      ).status,
    ).toBe(401);
    const { code } = z
      .object({ code: z.string() })
      .parse(await answer('POST', '/api/enrol-codes', ownerAuth));
    const third = z
      .object({ device: z.object({ token: z.string() }) })
      .parse(await answer('POST', '/api/devices/by-code', {}, { code, deviceName: '仓库' }));

    // An associate with a PIN signs in; a wrong PIN is tried.
    const lina = z.object({ id: z.string() }).parse(
      await answer('POST', '/api/staff', ownerAuth, {
        name: '李娜',
        role: 'associate',
        pin: ASSOCIATE_PIN,
      }),
    );
    const deviceAuth = { authorization: `Bearer ${owner.device.token}` };
    expect(
      (await call('POST', '/api/sessions', deviceAuth, { staffId: lina.id, pin: GUESSED_PIN })).status,
    ).toBe(401);
    const linaSession = z
      .object({ token: z.string() })
      .parse(
        await answer('POST', '/api/sessions', deviceAuth, { staffId: lina.id, pin: ASSOCIATE_PIN }),
      ).token;

    // The second tablet listens for pokes as the app does, while the first signs a member up.
    let poked!: () => void;
    const pokedOnce = new Promise<void>((resolve) => (poked = resolve));
    const stopListening = openPokeStream({
      baseUrl: url,
      token: () => second.device.token,
      onPoke: () => poked(),
      timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as number) },
      random: Math.random,
    });
    await new Promise((r) => setTimeout(r, 500));
    const member = mutationMaker(owner, Date.now()).create(memberFields({ phone: PHONE }));
    const pushed = await call(
      'POST',
      '/api/sync/push',
      { ...syncHeaders(owner.device.token), [SESSION_HEADER]: linaSession },
      {
        protocol: PROTOCOL_VERSION,
        mutations: [member],
      },
    );
    expect(pushed.status).toBe(200);
    await pokedOnce;
    stopListening();
    expect(
      (await call('GET', '/api/sync/pull?cursor=&limit=10', syncHeaders(third.device.token))).status,
    ).toBe(200);

    // The export states its reason; the audit log is read.
    expect((await call('POST', '/api/export', ownerAuth, { reason: REASON })).status).toBe(200);
    expect((await call('GET', '/api/audit?limit=5', ownerAuth)).status).toBe(200);

    // The till posts with a POS key, and once with a key that is not one.
    const pos = z
      .object({ key: z.string() })
      .parse(await answer('POST', '/api/pos-keys', ownerAuth, { label: '收银台 1' }));
    const post = {
      postId: 'till-1',
      days: [
        {
          day: new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10),
          salesFen: 1_000_000,
          tickets: 20,
          pieces: 31,
        },
      ],
    };
    expect(
      (await call('POST', '/api/pos/till-days', { authorization: `Bearer ${pos.key}` }, post)).status,
    ).toBe(200);
    expect(
      (await call('POST', '/api/pos/till-days', { authorization: `Bearer ${WRONG_POS_KEY}` }, post)).status,
    ).toBe(401);

    // A members file is uploaded (its name and rows hold a phone) and tried in a dry run.
    const uploaded = await fetch(`${url}/api/imports?name=${encodeURIComponent(FILE_NAME)}`, {
      method: 'POST',
      headers: { ...ownerAuth, 'content-type': 'application/octet-stream' },
      body: `姓名,手机号\r\n周雪,${IMPORTED_PHONE}\r\n`,
    });
    expect(uploaded.status).toBe(201);
    const upload = z
      .object({ importId: z.string(), mapping: z.array(z.string().nullable()) })
      .parse(await uploaded.json());
    const start = { mapping: upload.mapping, duplicates: 'skip', dryRun: true };
    expect((await call('POST', `/api/imports/${upload.importId}/start`, ownerAuth, start)).status).toBe(202);

    // What an old tablet or a stranger puts in a URL stays out of the log too.
    expect((await call('GET', `${POKE_PATH}?token=${owner.device.token}`, {})).status).toBe(401);
    expect((await call('GET', `/api/members?phone=${PHONE}&session=${owner.session.token}`, {})).status).toBe(
      404,
    );

    await server.process.stop();
    const secrets = {
      'owner device token': owner.device.token,
      'second device token': second.device.token,
      'third device token': third.device.token,
      'owner session': owner.session.token,
      'second tablet session': second.session.token,
      'associate session': linaSession,
      'enrol code': code,
      password: PASSWORD,
      'owner PIN': OWNER_PIN,
      'associate PIN': ASSOCIATE_PIN,
      'guessed PIN': GUESSED_PIN,
      phone: PHONE,
      'export reason': REASON,
      'POS key': pos.key,
      'wrong POS key': WRONG_POS_KEY,
      'imported phone': IMPORTED_PHONE,
      'import file name': FILE_NAME,
    };
    const found = Object.entries(secrets).filter(([, secret]) => appears(log, secret));
    expect(found.map(([what]) => what)).toEqual([]);
    // Logging was on at its default level, and requests were written by their path alone.
    expect(log).toContain(`"url":"${POKE_PATH}"`);
    expect(log).toContain(`"url":"${POKE_PATH}?[redacted]"`);
  });
});
