import { beforeEach, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import type { MemberId } from '../../src/shared/schemas/ids.schema';
import { ChangesPage, PROTOCOL_VERSION, type PushResponse } from '../../src/shared/sync/protocol.schema';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { testServer } from '../fixtures/test-server';
import { mutationMaker, push, syncHeaders } from '../fixtures/sync-api';
import { memberFields } from '../fixtures/factories';

const NOW = 1_800_000_000_000;
const phone = (i: number) => `1380000${String(i).padStart(4, '0')}`;
const card = (i: number) => `1${String(i).padStart(11, '0')}`;

/** Protocol 3 (decision 0014): one list of changes of every synced type, in change-number order. */
describe.each(TEST_DIALECTS)('pull pages of changes on %s', (dialect) => {
  let app: FastifyInstance;
  let tablet: Enrolment;
  let make: ReturnType<typeof mutationMaker>;

  beforeEach(async () => {
    ({ app, owner: tablet } = await testServer(dialect, { seed: 'store', now: NOW }));
    make = mutationMaker(tablet, NOW - 60_000);
  });
  const pullAs = async (protocol: number, cursor: string, limit: number) => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/sync/pull?cursor=${encodeURIComponent(cursor)}&limit=${limit}`,
      headers: syncHeaders(tablet.device.token, protocol),
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<unknown>();
  };

  test('every row once, in change order across types, each page proving its span', async () => {
    const ids: MemberId[] = [];
    let pushed: PushResponse | undefined;
    for (let i = 0; i < 6; i++) {
      const c = make.create(memberFields({ phone: phone(i), cardNo: card(i) }));
      ids.push(c.entityId as MemberId);
      const res = await push(app, tablet.device.token, [c, make.visit(c.entityId as MemberId)]);
      pushed = res.json<PushResponse>();
    }
    const pages: ChangesPage[] = [];
    let cursor = '';
    for (;;) {
      const page = ChangesPage.parse(await pullAs(PROTOCOL_VERSION, cursor, 5));
      pages.push(page);
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(pages.map((p) => p.changes.length)).toEqual([5, 5, 2]);
    expect(pages.map((p) => p.span?.count)).toEqual([5, 5, 2]);
    expect(pages.slice(1).map((p) => p.span?.from)).toEqual(pages.slice(0, -1).map((p) => p.span?.to));
    expect(pages.at(-1)?.span?.to).toBe(pushed?.seq);
    expect(pages[0]?.remaining).toBe(12 - 5);
    expect(pages[0]?.remainingMembers).toBe(6 - 3);
    // Each member came just before her visit, as they were pushed.
    const order = pages.flatMap((p) =>
      p.changes.map((c) => {
        if (c.type === 'member') return `m:${c.change.state === 'live' ? c.change.record.id : c.change.id}`;
        if (c.type === 'event') return `e:${c.change.event.memberId}`;
        return c.type;
      }),
    );
    expect(order).toEqual(ids.flatMap((id) => [`m:${id}`, `e:${id}`]));
  });

  test('a tablet of protocol 2 gets the same rows as members and events', async () => {
    const c = make.create(memberFields());
    await push(app, tablet.device.token, [c, make.visit(c.entityId as MemberId)]);
    const page = await pullAs(2, '', 10);
    expect(page).not.toHaveProperty('changes');
    expect(page).toMatchObject({
      members: [{ state: 'live' }],
      events: [{ event: { memberId: c.entityId } }],
    });
  });
});
