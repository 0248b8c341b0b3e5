import { beforeEach, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import type { EventId, MemberId } from '../../src/shared/schemas/ids.schema';
import {
  OLDEST_SUPPORTED_PROTOCOL,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  RejectionCode,
  type Mutation,
  type PushResponse,
} from '../../src/shared/sync/protocol.schema';
import { TEST_DIALECTS, type TestDatabase } from '../fixtures/test-databases';
import { testServer } from '../fixtures/test-server';
import { mutationMaker, push } from '../fixtures/sync-api';
import { memberFields } from '../fixtures/factories';

const NOW = 1_800_000_000_000;
/** The codes a tablet of protocol 1 or 2 knows: it parses refusals against exactly these. */
const CODES_BEFORE_3 = RejectionCode.options.filter((c) => c !== 'already-voided');

// Issue 12: the server decides a void as the tablet does (src/shared/domain/void-rule.ts).
describe.each(TEST_DIALECTS)('the server refuses the voids a tablet refuses, on %s', (dialect) => {
  let db: TestDatabase;
  let app: FastifyInstance;
  let tablet: Enrolment;
  let make: ReturnType<typeof mutationMaker>;
  let memberId: MemberId;
  let sale: Mutation;

  beforeEach(async () => {
    ({ db, app, owner: tablet } = await testServer(dialect, { seed: 'store', now: NOW }));
    make = mutationMaker(tablet, NOW - 60_000);
    const created = make.create(memberFields());
    memberId = created.entityId as MemberId;
    sale = make.purchase(memberId, 39_900);
    expect(await outcomes([created, sale])).toEqual(['applied', 'applied']);
  });
  /** A void of `targetId` as a tablet records it. */
  function voidOf(targetId: string): Mutation {
    const m = make.visit(memberId);
    const event = m.payload as { id: EventId; memberId: MemberId; staffId: string; at: number };
    return { ...m, payload: { ...event, kind: 'void', payload: { targetId, reason: '录错' } } } as Mutation;
  }

  async function answers(mutations: Mutation[], protocol = PROTOCOL_VERSION) {
    const res =
      protocol === PROTOCOL_VERSION
        ? await push(app, tablet.device.token, mutations)
        : await app.inject({
            method: 'POST',
            url: '/api/sync/push',
            headers: { authorization: `Bearer ${tablet.device.token}`, [PROTOCOL_HEADER]: String(protocol) },
            payload: { protocol, mutations },
          });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<PushResponse>().results;
  }

  async function outcomes(mutations: Mutation[]) {
    return (await answers(mutations)).map((r) =>
      r.status === 'rejected' ? { code: r.code, field: r.field } : r.status,
    );
  }

  const storedVoids = async () =>
    (await db.db.selectFrom('events').select('id').where('kind', '=', 'void').orderBy('id').execute()).map(
      (r) => r.id,
    );

  test('a second void of the same entry is refused, pushed later or in the same batch', async () => {
    const first = voidOf(sale.entityId);
    const second = voidOf(sale.entityId);
    const third = voidOf(sale.entityId);
    expect(await outcomes([first, second])).toEqual([
      'applied',
      { code: 'already-voided', field: 'payload.targetId' },
    ]);
    const [later] = await answers([third]);
    expect(later).toMatchObject({
      status: 'rejected',
      code: 'already-voided',
      message: '这条记录已经作废过了（可能是在另一台平板上）。',
    });
    // The first void, sent again, is still taken once; the refused ones left nothing behind.
    expect(await outcomes([first, second])).toEqual([
      'duplicate',
      { code: 'already-voided', field: undefined },
    ]);
    expect(await storedVoids()).toEqual([first.entityId]);
  });

  test('a void of a void is refused as malformed, and a void of nothing as unknown', async () => {
    const undo = voidOf(sale.entityId);
    expect(await outcomes([undo])).toEqual(['applied']);
    expect(await outcomes([voidOf(undo.entityId), voidOf('0190f000-0000-7000-8000-000000000001')])).toEqual([
      { code: 'invalid', field: 'payload.targetId' },
      { code: 'unknown-event', field: 'payload.targetId' },
    ]);
    expect(await storedVoids()).toEqual([undo.entityId]);
  });

  test.each([
    ['protocol 2', 2],
    ['the oldest protocol still supported', OLDEST_SUPPORTED_PROTOCOL],
  ])(
    'a tablet speaking %s is answered with a code it knows, and the precise message',
    async (_name, protocol) => {
      const first = voidOf(sale.entityId);
      const second = voidOf(sale.entityId);
      const results = await answers([first, second], protocol);
      const refused = results[1];
      expect(refused).toMatchObject({
        status: 'rejected',
        code: 'unknown-event',
        message: '这条记录已经作废过了（可能是在另一台平板上）。',
      });
      // The refusal remembered answers the same way when the old tablet sends it again.
      const [again] = await answers([second], protocol);
      expect(again).toMatchObject({ status: 'rejected', code: 'unknown-event' });
      for (const r of [...results, again])
        if (r?.status === 'rejected') expect(CODES_BEFORE_3).toContain(r.code);
    },
  );
});
