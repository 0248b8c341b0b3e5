import { describe, expect, test } from 'vitest';
import { hashToken } from '../../src/server/auth/secrets';
import type { PosKeyList } from '../../src/shared/schemas/pos.schema';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { testServer, type TestServer } from '../fixtures/test-server';
import { issuePosKey, postTillDays } from '../fixtures/pos-api';
import { secondStore } from '../fixtures/security-world';
import { changedTables, snapshotDatabase } from '../fixtures/db-snapshot';

const ownerOf = (s: TestServer) => ({ deviceToken: s.owner.device.token, session: s.owner.session.token });

async function auditLines(s: TestServer, action: string) {
  return s.db.db
    .selectFrom('audit_log')
    .select(['detail', 'staff_id'])
    .where('action', '=', action)
    .execute();
}

describe.each(TEST_DIALECTS)('POS keys, on %s', (dialect) => {
  test('the owner issues a key shown once; the list never shows it and the database keeps only its hash', async () => {
    const s = await testServer(dialect, { seed: 'store' });
    const issued = await issuePosKey(s.app, ownerOf(s), '前台收银');
    expect(issued).toMatchObject({
      label: '前台收银',
      storeId: s.owner.store.id,
      storeName: s.owner.store.name,
      createdAt: s.now(),
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(issued.key).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const list = await s.as('owner').get('/api/pos-keys');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(issued.key);
    expect(list.json<PosKeyList>().keys).toEqual([
      {
        id: issued.id,
        label: issued.label,
        storeId: issued.storeId,
        storeName: issued.storeName,
        createdAt: issued.createdAt,
        lastUsedAt: null,
        revokedAt: null,
      },
    ]);

    const rows = await s.db.db.selectFrom('pos_keys').selectAll().execute();
    expect(rows.map((r) => r.key_hash)).toEqual([hashToken(issued.key)]);
    expect(JSON.stringify(rows)).not.toContain(issued.key);
    const lines = await auditLines(s, 'pos-key.issue');
    expect(lines).toEqual([{ detail: JSON.stringify({ keyId: issued.id }), staff_id: s.owner.staff.id }]);
  });

  test('only the owner issues, lists and revokes; a refusal writes nothing', async () => {
    const s = await testServer(dialect);
    const issued = await issuePosKey(s.app, ownerOf(s));
    const before = await snapshotDatabase(s.db.db);
    for (const role of ['manager', 'associate'] as const) {
      const caller = s.as(role);
      expect((await caller.post('/api/pos-keys', { label: 'x' })).statusCode).toBe(403);
      expect((await caller.get('/api/pos-keys')).statusCode).toBe(403);
      expect((await caller.post(`/api/pos-keys/${issued.id}/revoke`)).statusCode).toBe(403);
    }
    expect((await s.device.get('/api/pos-keys')).statusCode).toBe(401);
    for (const body of [{}, { label: '' }, { label: '=cmd' }, { label: 'x', storeId: s.owner.store.id }]) {
      const res = await s.as('owner').post('/api/pos-keys', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(422);
      expect(res.json()).toMatchObject({ code: 'invalid-field' });
    }
    expect(changedTables(before, await snapshotDatabase(s.db.db))).toEqual([]);
  });

  test('a revoked key is listed as revoked, posts no more, and revoking it again changes nothing', async () => {
    const s = await testServer(dialect, { seed: 'store' });
    const issued = await issuePosKey(s.app, ownerOf(s));
    s.setNow(s.now() + 60_000);
    const revoke = await s.as('owner').post(`/api/pos-keys/${issued.id}/revoke`);
    expect(revoke.statusCode).toBe(204);
    const [listed] = (await s.as('owner').get('/api/pos-keys')).json<PosKeyList>().keys;
    expect(listed).toMatchObject({ id: issued.id, revokedAt: s.now() });
    expect(await auditLines(s, 'pos-key.revoke')).toEqual([
      { detail: JSON.stringify({ keyId: issued.id }), staff_id: s.owner.staff.id },
    ]);

    const before = await snapshotDatabase(s.db.db);
    expect((await s.as('owner').post(`/api/pos-keys/${issued.id}/revoke`)).statusCode).toBe(204);
    const post = await postTillDays(s.app, issued.key, {
      postId: 'after-revoke',
      days: [{ day: '2027-01-14', salesFen: 100, tickets: 1, pieces: 1 }],
    });
    expect(post.statusCode).toBe(401);
    expect(post.json()).toMatchObject({ code: 'pos-key-revoked' });
    expect(changedTables(before, await snapshotDatabase(s.db.db))).toEqual([]);
  });

  test('a key of another store, or no key at all, is not found', async () => {
    const s = await testServer(dialect, { seed: 'store' });
    const other = await secondStore(s.db, s.now());
    const theirs = await issuePosKey(s.app, {
      deviceToken: other.device.token,
      session: other.session.token,
    });
    for (const id of [theirs.id, '0190c000-0000-7000-8000-0000000000aa', 'not-an-id']) {
      const res = await s.as('owner').post(`/api/pos-keys/${id}/revoke`);
      expect(res.statusCode, id).toBe(404);
    }
    expect((await s.as('owner').get('/api/pos-keys')).json<PosKeyList>().keys).toEqual([]);
  });
});
