import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { testServer } from '../fixtures/test-server';
import { OWNER_PIN } from '../fixtures/test-secret';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import { addStaff } from '../fixtures/security-api';

// Every scrypt the server runs is counted with its cost, so "the same work" is checked exactly
// instead of by timing, which a busy machine would make flaky.
const scrypts = vi.hoisted(() => ({ costs: [] as unknown[] }));
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  const scrypt = (...args: unknown[]) => {
    scrypts.costs.push((args[3] as { N?: number } | undefined)?.N);
    return (real.scrypt as (...a: unknown[]) => void)(...args);
  };
  return { ...real, default: { ...real, scrypt }, scrypt };
});

const OWNER = { name: '王丽', password: 'floor2026book' };

describe.each(TEST_DIALECTS)('POST /api/devices timing on %s', (dialect) => {
  let app: FastifyInstance;
  beforeEach(async () => {
    ({ app } = await testServer(dialect, { seed: 'none', now: 1_700_000_000_000 }));
    const setup = await app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: {
        storeName: '静安嘉里店',
        ownerName: OWNER.name,
        password: OWNER.password,
        ownerPin: OWNER_PIN,
        deviceName: '收银台平板',
      },
    });
    await addStaff(app, setup.json<Enrolment>(), { name: '李娜', role: 'associate', pin: '461825' });
  });

  async function scryptsOfEnrolment(staffName: string, password: string) {
    scrypts.costs.length = 0;
    const res = await app.inject({
      method: 'POST',
      url: '/api/devices',
      payload: { staffName, password, deviceName: '试衣间平板' },
    });
    expect(res.statusCode).toBe(401);
    return [...scrypts.costs];
  }

  test('an unknown name, or one with no password, costs the same scrypt as a wrong password', async () => {
    const wrongPassword = await scryptsOfEnrolment(OWNER.name, 'not-her-password');
    expect(wrongPassword).toHaveLength(1);
    expect(wrongPassword[0]).toBeGreaterThanOrEqual(1 << 15);
    expect(await scryptsOfEnrolment('无此人', OWNER.password)).toEqual(wrongPassword);
    // An associate signs in by PIN only: her name has no password, and must not tell that either.
    expect(await scryptsOfEnrolment('李娜', OWNER.password)).toEqual(wrongPassword);
  });
});
