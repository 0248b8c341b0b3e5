import { beforeEach, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { encodeHlc } from '../../src/shared/sync/hlc';
import type { Enrolment } from '../../src/shared/schemas/setup.schema';
import type { MemberId } from '../../src/shared/schemas/ids.schema';
import type {
  MemberChange,
  Mutation,
  PullResponse,
  PushResponse,
} from '../../src/shared/sync/protocol.schema';
import { TEST_DIALECTS } from '../fixtures/test-databases';
import { testServer } from '../fixtures/test-server';
import { mutationMaker, pull, push } from '../fixtures/sync-api';
import { memberFields } from '../fixtures/factories';

const NOW = 1_800_000_000_000;
const DAY = 86_400_000;

// Issue 9, fault 1: a tablet whose clock runs more than the drift limit ahead had every change of
// a batch cut to one and the same clock, and the server then dropped all but the first while
// answering "applied". Each test here failed on the clamping server.
describe.each(TEST_DIALECTS)('a tablet clock a day ahead on %s', (dialect) => {
  let app: FastifyInstance;
  let tablet: Enrolment;
  let ahead: ReturnType<typeof mutationMaker>;

  beforeEach(async () => {
    ({ app, owner: tablet } = await testServer(dialect, { seed: 'store', now: NOW }));
    ahead = mutationMaker(tablet, NOW + DAY);
  });

  // A real tablet's clock: each change a second after the last, so each is at counter 0.
  let wall = NOW + DAY;
  const onFastClock = (ms: Mutation[]): Mutation[] =>
    ms.map((m) => ({ ...m, hlc: encodeHlc({ wall: (wall += 1_000), counter: 0, node: tablet.device.id }) }));

  async function pushOk(made: Mutation[]): Promise<PushResponse> {
    const mutations = onFastClock(made);
    const res = await push(app, tablet.device.token, mutations);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<PushResponse>();
    expect(body.results.map((r) => r.status)).toEqual(mutations.map(() => 'applied'));
    return body;
  }

  async function live(): Promise<Map<string, Extract<MemberChange, { state: 'live' }>['record']>> {
    const page = (await pull(app, tablet.device.token)).json<PullResponse>();
    return new Map(
      page.members.flatMap((m) => (m.state === 'live' ? [[m.record.id, m.record] as const] : [])),
    );
  }

  test('keeps an edit pushed in the same batch as the sign-up', async () => {
    const signUp = ahead.create(memberFields({ job: null }));
    const id = signUp.entityId as MemberId;
    await pushOk([signUp, ahead.update(id, { job: '教师' })]);
    expect((await live()).get(id)?.fields.job).toBe('教师');
  });

  test('keeps the second of two edits of one field, and a phone change, in one batch', async () => {
    const signUp = ahead.create(memberFields());
    const id = signUp.entityId as MemberId;
    await pushOk([signUp]);
    await pushOk([
      ahead.update(id, { job: '医生' }),
      ahead.update(id, { job: '律师' }),
      ahead.update(id, { phone: '13911112222' }),
    ]);
    const record = (await live()).get(id);
    expect(record?.fields.job).toBe('律师');
    expect(record?.fields.phone).toBe('13911112222');
  });

  test('keeps the later edit of a later batch pushed in the same millisecond', async () => {
    const signUp = ahead.create(memberFields());
    const id = signUp.entityId as MemberId;
    await pushOk([signUp, ahead.update(id, { job: '医生' })]);
    await pushOk([ahead.update(id, { job: '律师' })]);
    expect((await live()).get(id)?.fields.job).toBe('律师');
  });

  test('a second sign-up of the same phone on the same tablet merges with its own fields kept', async () => {
    const first = ahead.create(memberFields({ name: '张晓梅', job: null }));
    const second = ahead.create(memberFields({ name: '张小梅', cardNo: '100000000019', job: '教师' }));
    await pushOk([first, second]);
    const members = await live();
    expect([...members.keys()]).toEqual([first.entityId]);
    expect(members.get(first.entityId)?.fields).toMatchObject({ name: '张小梅', job: '教师' });
  });

  test('refuses a change whose clock names another device', async () => {
    const signUp = ahead.create(memberFields());
    const forged = { ...signUp, hlc: encodeHlc({ wall: NOW, counter: 0, node: 'another-tablet' }) };
    const res = (await push(app, tablet.device.token, [forged])).json<PushResponse>();
    expect(res.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden', field: 'hlc' });
  });
});
