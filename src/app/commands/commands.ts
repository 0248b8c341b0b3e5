import { v7 as uuidv7 } from 'uuid';
import type { FloorbookDb } from '../db/floorbook-db';
import { CommandFailure, type CommandDeps, type CommandRefusal, type CommandSession } from './command-runner';
import { deleteMember, editMember, eraseMember, signUpMember } from './member-commands';
import { logContact, recordPurchase, recordVisit, voidEvent } from './event-commands';
import { saveStoreSettings } from './settings-commands';
import { saveFieldRecord, saveFieldRecords } from './field-record-commands';
import { reassignMembers, undoReassignment } from './reassign-commands';

type Bound<F> = F extends (deps: CommandDeps, ...args: infer A) => infer R ? (...args: A) => R : never;

export interface Commands {
  signUpMember: Bound<typeof signUpMember>;
  editMember: Bound<typeof editMember>;
  recordVisit: Bound<typeof recordVisit>;
  recordPurchase: Bound<typeof recordPurchase>;
  logContact: Bound<typeof logContact>;
  voidEvent: Bound<typeof voidEvent>;
  deleteMember: Bound<typeof deleteMember>;
  eraseMember: Bound<typeof eraseMember>;
  saveStoreSettings: Bound<typeof saveStoreSettings>;
  saveFieldRecord: Bound<typeof saveFieldRecord>;
  saveFieldRecords: Bound<typeof saveFieldRecords>;
  reassignMembers: Bound<typeof reassignMembers>;
  undoReassignment: Bound<typeof undoReassignment>;
}

/**
 * The app's real dependencies: tablet clock, UUIDv7 ids, and pinyin loaded only when a name is
 * written. `session` is null while the tablet is locked: a command then changes nothing.
 */
export function appCommandDeps(
  db: FloorbookDb,
  session: () => CommandSession | null,
  refusal?: (tabletNow: number) => Promise<CommandRefusal | null>,
): CommandDeps {
  return {
    db,
    session: () => {
      const current = session();
      // Locked between the refusal check and the transaction: refuse rather than stamp nobody.
      if (!current) throw new CommandFailure({ code: 'locked' });
      return current;
    },
    ...(refusal && { refusal }),
    clock: () => Date.now(),
    newId: () => uuidv7(),
    searchKeys: async (name) => (await import('../../shared/domain/search-keys')).searchKeysOf(name),
  };
}

/** The only way the UI writes: every command makes its local change and its outbox entry together. */
export function createCommands(deps: CommandDeps): Commands {
  return {
    signUpMember: (...a) => signUpMember(deps, ...a),
    editMember: (...a) => editMember(deps, ...a),
    recordVisit: (...a) => recordVisit(deps, ...a),
    recordPurchase: (...a) => recordPurchase(deps, ...a),
    logContact: (...a) => logContact(deps, ...a),
    voidEvent: (...a) => voidEvent(deps, ...a),
    deleteMember: (...a) => deleteMember(deps, ...a),
    eraseMember: (...a) => eraseMember(deps, ...a),
    saveStoreSettings: (...a) => saveStoreSettings(deps, ...a),
    saveFieldRecord: (...a) => saveFieldRecord(deps, ...a),
    saveFieldRecords: (...a) => saveFieldRecords(deps, ...a),
    reassignMembers: (...a) => reassignMembers(deps, ...a),
    undoReassignment: (...a) => undoReassignment(deps, ...a),
  };
}
