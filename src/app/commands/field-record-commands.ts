import {
  MEMBER_OF_KEY,
  type FieldRecordFields,
  type FieldRecordType,
} from '../../shared/domain/field-record-types';
import { runCommand, type CommandDeps, type CommandResult, type MutationDraft } from './command-runner';
import { pendingOfType } from '../db/field-replay';
import { recordRow } from '../db/field-record-type';

/**
 * Set some fields of a field record (decision 0016): a day's till figures or targets, a task's
 * state, a message template. Works offline: the edit shows at once and waits in the outbox; the
 * record is made by its first edit. The server checks the role again (LEAST_ROLE), and the
 * outbox's check refuses a malformed key or field as `invalid` before anything is written.
 * Answers the record's fields as the floor now sees them.
 */
export async function saveFieldRecord<N extends FieldRecordType>(
  deps: CommandDeps,
  type: N,
  key: string,
  edit: Partial<FieldRecordFields[N]>,
): Promise<CommandResult<Partial<FieldRecordFields[N]>>> {
  const saved = await saveFieldRecords(deps, type, [{ key, edit }]);
  return saved.ok ? { ok: true, value: saved.value[0] ?? {} } : saved;
}

/**
 * Many records of a type in one transaction (a CSV of till days, a month's targets): all are
 * queued or, when one is refused, none is. Keys must differ: the edits share one clock.
 */
export function saveFieldRecords<N extends FieldRecordType>(
  deps: CommandDeps,
  type: N,
  edits: readonly { key: string; edit: Partial<FieldRecordFields[N]> }[],
): Promise<CommandResult<Partial<FieldRecordFields[N]>[]>> {
  return runCommand(deps, async (tx) => {
    for (const { key, edit } of edits) {
      const draft = { kind: `${type}.update`, entity: type, entityId: key, payload: { fields: edit } };
      // A record about a member (her task's state) waits under her name: her erasure drops it.
      const about = MEMBER_OF_KEY[type]?.(key) ?? undefined;
      await tx.queue(draft as unknown as MutationDraft<'tillDay.update'>, about);
    }
    const pending = await pendingOfType(tx.db, type);
    const shown: Partial<FieldRecordFields[N]>[] = [];
    for (const { key } of edits) {
      const server = (await tx.db.records.get([type, key]))?.server ?? null;
      const row = recordRow(type, key, server, pending);
      await tx.db.records.put(row);
      shown.push(row.fields as Partial<FieldRecordFields[N]>);
    }
    return shown;
  });
}
