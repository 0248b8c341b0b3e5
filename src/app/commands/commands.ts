import { v7 as uuidv7 } from 'uuid';
import type { FloorbookDb } from '../db/floorbook-db';
import type { CommandDeps, CommandSession } from './command-runner';
import { deleteMember, editMember, eraseMember, signUpMember } from './member-commands';
import { logContact, recordPurchase, recordVisit, voidEvent } from './event-commands';

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
}

/** The app's real dependencies: tablet clock, UUIDv7 ids, and pinyin loaded only when a name is written. */
export function appCommandDeps(db: FloorbookDb, session: () => CommandSession): CommandDeps {
  return {
    db,
    session,
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
  };
}
