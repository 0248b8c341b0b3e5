import type { DeviceId, MemberId, StaffId } from '../../shared/schemas/ids.schema';
import type { StaffRole } from '../../shared/schemas/setup.schema';
import { leastRoleFor, hasRole } from '../../shared/domain/permissions';
import { Mutation, type SearchKeys } from '../../shared/sync/protocol.schema';
import type { FloorbookDb } from '../db/floorbook-db';
import { tickClock } from '../db/meta';
import { invalidReason, type InvalidReason } from '../../shared/schemas/invalid-reason';

/** Who is making changes on this tablet right now. */
export interface CommandSession {
  deviceId: DeviceId;
  staffId: StaffId;
  /** Her role: a change above it is refused here as the server would refuse it (permissions.ts). */
  role: StaffRole;
}

export interface CommandDeps {
  db: FloorbookDb;
  /** The staff member signed in at the moment of the command (staff switch by PIN). */
  session: () => CommandSession;
  /** Tablet wall time, ms (Date.now in the app); corrected by the server offset when used. */
  clock: () => number;
  /** A new UUIDv7. */
  newId: () => string;
  /** Search keys for a name; loads pinyin lazily, off the first screen. */
  searchKeys: (name: string) => Promise<SearchKeys>;
  /**
   * Why no change may be made now (nobody signed in, too long without the server), asked before
   * every command; absent, every command may write (tests, simulated tablets).
   */
  refusal?: (tabletNow: number) => Promise<CommandRefusal | null>;
}

/** A command refused before it touched anything: the tablet is locked, or read-only (decision 0008). */
export type CommandRefusal = { code: 'locked' } | { code: 'read-only' };

export type CommandError =
  /** `message` is a code the screen translates (member.invalid.*), never zod's English. */
  | { code: 'invalid'; field: string | null; message: InvalidReason }
  | { code: 'not-found' }
  | { code: 'phone-taken'; memberId: MemberId }
  | { code: 'already-voided' }
  /** Her role is below the change's (`least`): nothing was written or queued. */
  | { code: 'forbidden'; least: StaffRole }
  /** The write did not happen (storage full, aborted, closed): never report it as saved. */
  | { code: 'storage'; message: string }
  | CommandRefusal;

export type CommandResult<T> = { ok: true; value: T } | { ok: false; error: CommandError };

/** Thrown inside a command's transaction to abort it with an answer for the user. */
export class CommandFailure extends Error {
  constructor(readonly failure: CommandError) {
    super(failure.code);
  }
}

/** The keys a draft leaves to the runner: who, when, and the idempotency key. */
type Stamped = 'id' | 'deviceId' | 'staffId' | 'hlc';
type MutationOf<K extends Mutation['kind']> = Extract<Mutation, { kind: K }>;
export type MutationDraft<K extends Mutation['kind']> = Omit<MutationOf<K>, Stamped> & { kind: K };

export interface Transaction {
  db: FloorbookDb;
  /** Who makes this change, read once for the whole command. */
  session: CommandSession;
  /** Corrected wall time of this change, ms. */
  now: number;
  /** Check her role, stamp, validate and queue a change; returns it as validated (text trimmed). */
  queue<K extends Mutation['kind']>(
    draft: MutationDraft<K>,
    /** The person the change is about, if any: her erasure drops it from the queue. */
    memberId?: MemberId,
    keys?: SearchKeys,
  ): Promise<MutationOf<K>>;
}

/**
 * Run a command's local change and its outbox entry in ONE read-write transaction: both are
 * written or neither is. Any storage failure (quota, abort) ends in `storage`, never in "saved".
 */
export async function runCommand<T>(
  deps: CommandDeps,
  body: (tx: Transaction) => Promise<T>,
): Promise<CommandResult<T>> {
  const { db } = deps;
  // Every table: a command of any synced type writes its own rows beside the outbox.
  const tables = db.tables;
  try {
    const refused = await deps.refusal?.(deps.clock());
    if (refused) return { ok: false, error: refused };
    const value = await db.transaction('rw', tables, async () => {
      const session = deps.session();
      const tabletNow = deps.clock();
      const { hlc, now } = await tickClock(db, session.deviceId, tabletNow);
      const tx: Transaction = {
        db,
        session,
        now,
        async queue<K extends Mutation['kind']>(
          draft: MutationDraft<K>,
          memberId?: MemberId,
          keys?: SearchKeys,
        ): Promise<MutationOf<K>> {
          const least = leastRoleFor(draft as Parameters<typeof leastRoleFor>[0]);
          if (!hasRole(session.role, least)) throw new CommandFailure({ code: 'forbidden', least });
          const { deviceId, staffId } = session;
          const parsed = Mutation.safeParse({ ...draft, id: deps.newId(), deviceId, staffId, hlc });
          if (!parsed.success) {
            const issue = parsed.error.issues[0];
            throw new CommandFailure({
              code: 'invalid',
              field: issue?.path.filter((p) => typeof p === 'string').at(-1) ?? null,
              message: invalidReason(issue),
            });
          }
          const mutation = parsed.data as MutationOf<K>;
          await db.outbox.add({
            id: mutation.id,
            type: mutation.entity,
            ...(memberId && { memberId }),
            mutation,
            ...(keys && { keys }),
            queuedAt: tabletNow,
            attempts: 0,
            lastError: null,
          });
          return mutation;
        },
      };
      return body(tx);
    });
    return { ok: true, value };
  } catch (err) {
    if (err instanceof CommandFailure) return { ok: false, error: err.failure };
    return { ok: false, error: { code: 'storage', message: err instanceof Error ? err.name : String(err) } };
  }
}
