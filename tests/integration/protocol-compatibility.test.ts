import { z } from 'zod';
import { beforeEach, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import {
  OLDEST_SUPPORTED_PROTOCOL,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  type PushResponse,
} from '../../src/shared/sync/protocol.schema';
import { TEST_DIALECTS, type TestDatabase } from '../fixtures/test-databases';
import { testServer } from '../fixtures/test-server';
import { mutationMaker } from '../fixtures/sync-api';
import { memberFields, newEventId, newMutationId } from '../fixtures/factories';
import { ContactEvent, MemberEvent } from '../../src/shared/schemas/event.schema';
import { MemberFields, MemberRecord } from '../../src/shared/schemas/member.schema';
import type { MemberId } from '../../src/shared/schemas/ids.schema';
import { encodeHlc } from '../../src/shared/sync/hlc';
import { ChangesPage } from '../../src/shared/sync/protocol.schema';

const NOW = 1_800_000_000_000;

/** Decision 0012: a server takes pushes from its own protocol and at least the one before it. */
describe('the compatibility rule', () => {
  test('the oldest protocol accepted is at most one behind the current one', () => {
    expect(OLDEST_SUPPORTED_PROTOCOL).toBeLessThanOrEqual(Math.max(1, PROTOCOL_VERSION - 1));
    expect(OLDEST_SUPPORTED_PROTOCOL).toBeLessThanOrEqual(PROTOCOL_VERSION);
  });
});

describe.each(TEST_DIALECTS)('POST /api/sync/push from older and newer apps on %s', (dialect) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let tablet: Enrolment;
  let make: ReturnType<typeof mutationMaker>;

  beforeEach(async () => {
    ({ db, app, owner: tablet } = await testServer(dialect, { seed: 'store', now: NOW }));
    make = mutationMaker(tablet, NOW - 60_000);
  });

  const pushAs = (protocol: number, mutations: unknown[]) =>
    app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { authorization: `Bearer ${tablet.device.token}`, [PROTOCOL_HEADER]: String(protocol) },
      payload: { protocol, mutations },
    });

  /** A first pull's changes, as an app of `protocol` is sent them. */
  const pulledAt = async (protocol: number) => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/sync/pull?cursor=',
      headers: { authorization: `Bearer ${tablet.device.token}`, [PROTOCOL_HEADER]: String(protocol) },
    });
    return ChangesPage.parse(res.json()).changes;
  };

  test.each([
    ['the current protocol', PROTOCOL_VERSION],
    ['the oldest protocol still supported', OLDEST_SUPPORTED_PROTOCOL],
  ])('applies the changes of an app speaking %s', async (_name, protocol) => {
    const created = make.create(memberFields());
    const res = await pushAs(protocol, [created]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<PushResponse>().results).toEqual([{ id: created.id, status: 'applied' }]);
  });

  test('tells an app older than that to update, and applies nothing it sent', async () => {
    const created = make.create(memberFields());
    const res = await pushAs(OLDEST_SUPPORTED_PROTOCOL - 1, [created]);
    expect(res.statusCode).toBe(426);
    expect(res.json()).toMatchObject({ code: 'app-outdated', retryable: false });
    // Refused whole, before anything is read: the change stays in the tablet's outbox for the updated app.
    const stored = await db.db.selectFrom('mutations').select('id').where('id', '=', created.id).execute();
    expect(stored).toEqual([]);
  });

  test('never sends a field record to an app of protocol 3 (decision 0016)', async () => {
    const done = {
      id: newMutationId(),
      deviceId: tablet.device.id,
      staffId: tablet.staff.id,
      hlc: encodeHlc({ wall: NOW - 1_000, counter: 0, node: tablet.device.id }),
      kind: 'taskState.update',
      entity: 'taskState',
      entityId: 'follow-up:1',
      payload: { fields: { state: 'done' } },
    };
    expect((await pushAs(PROTOCOL_VERSION, [done])).json<PushResponse>().results).toEqual([
      { id: done.id, status: 'applied' },
    ]);
    const typesPulledAt = async (protocol: number) => {
      return (await pulledAt(protocol)).map((c) => c.type);
    };
    expect(await typesPulledAt(3)).toEqual([]);
    expect(await typesPulledAt(4)).toEqual(['taskState']);
  });

  test("sends a contact's outcome only to apps of protocol 5 and later: older ones parse events strictly", async () => {
    const created = make.create(memberFields());
    const contact = {
      id: newEventId(),
      memberId: created.entityId,
      staffId: tablet.staff.id,
      at: NOW - 30_000,
      kind: 'contact',
      payload: { channel: 'wechat', purpose: 'follow-up', outcome: 'reached', notes: '说 "outcome" 也无妨' },
    } as const;
    const logged = {
      id: newMutationId(),
      deviceId: tablet.device.id,
      staffId: tablet.staff.id,
      hlc: encodeHlc({ wall: NOW - 30_000, counter: 0, node: tablet.device.id }),
      kind: 'event.record',
      entity: 'event',
      entityId: contact.id,
      payload: contact,
    };
    const pushed = await pushAs(PROTOCOL_VERSION, [created, logged]);
    expect(pushed.json<PushResponse>().results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const contactPulledAt = async (protocol: number) => {
      const change = (await pulledAt(protocol)).find((c) => c.type === 'event');
      return change?.type === 'event' ? change.change.event : undefined;
    };
    expect(await contactPulledAt(PROTOCOL_VERSION)).toEqual(contact);
    // A protocol-4 app's schema: the contact payload as it was, strict.
    const before = ContactEvent.extend({ payload: ContactEvent.shape.payload.omit({ outcome: true }) });
    const old = await contactPulledAt(4);
    expect(before.parse(old)).toEqual({ ...contact, payload: { ...contact.payload, outcome: undefined } });
    expect(old?.payload).not.toHaveProperty('outcome');
    expect(MemberEvent.parse(old)).toEqual(old);
  });

  test("sends a member's preferred name only to apps of protocol 5 and later, field and clock", async () => {
    const created = make.create(memberFields({ preferredName: '张姐' }));
    const id = created.entityId as MemberId;
    const renamed = make.update(id, { preferredName: 'Vivian' });
    const plain = make.create(memberFields({ phone: '13800138009', cardNo: '100000000009' }));
    const pushed = await pushAs(PROTOCOL_VERSION, [created, renamed, plain]);
    expect(pushed.json<PushResponse>().results.map((r) => r.status)).toEqual([
      'applied',
      'applied',
      'applied',
    ]);
    const recordsPulledAt = async (protocol: number) => {
      return (await pulledAt(protocol)).flatMap((c) =>
        c.type === 'member' && c.change.state === 'live' ? [c.change.record] : [],
      );
    };
    const [now] = await recordsPulledAt(PROTOCOL_VERSION);
    expect(now?.fields.preferredName).toBe('Vivian');
    expect(now?.clocks).toHaveProperty('preferredName');
    // A protocol-4 app's schema: member fields as they were, strict.
    const before = MemberRecord.extend({
      fields: MemberFields.omit({ preferredName: true }),
      clocks: z.partialRecord(MemberFields.omit({ preferredName: true }).keyof(), z.string()),
    });
    const old = await recordsPulledAt(4);
    expect(old).toHaveLength(2);
    for (const record of old) {
      expect(before.safeParse(record).success).toBe(true);
      expect(record.fields).not.toHaveProperty('preferredName');
      expect(record.clocks).not.toHaveProperty('preferredName');
    }
    expect(old[0]?.fields.name).toBe(now?.fields.name);
  });

  test('says in its health which protocols it takes, so a tablet can tell before it pushes', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toMatchObject({
      protocol: PROTOCOL_VERSION,
      oldestProtocol: OLDEST_SUPPORTED_PROTOCOL,
    });
  });
});
