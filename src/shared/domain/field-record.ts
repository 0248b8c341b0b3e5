/**
 * A keyed record of a store whose fields are merged one by one, last writer wins by HLC
 * (decision 0016): till figures of a day, targets, task states, message templates. Each field
 * carries the clock of its last write. A record is made by its first edit, so a field nobody has
 * written yet is absent from `fields`: readers supply their own default for it.
 */
export interface FieldRecord<F extends object> {
  key: string;
  fields: Partial<F>;
  clocks: Partial<Record<keyof F & string, string>>;
}

/** What applyFieldEdit needs of a record: its fields and their clocks (store settings too). */
interface Clocked<F extends object> {
  fields: F;
  clocks: Partial<Record<keyof F & string, string>>;
}

/**
 * Apply a partial edit field by field: a field is taken only when the edit's clock is newer than
 * its last write, so edits commute and any order of the same edits gives the same record. A field
 * never written has no clock. Answers the record itself when nothing was taken.
 */
export function applyFieldEdit<F extends object, R extends Clocked<F>>(
  record: R,
  edit: Partial<F>,
  hlc: string,
): R {
  let fields: F | undefined;
  let clocks: R['clocks'] | undefined;
  for (const key of Object.keys(edit) as (keyof F & string)[]) {
    if ((record.clocks[key] ?? '') >= hlc) continue;
    fields ??= { ...record.fields };
    clocks ??= { ...record.clocks };
    fields[key] = edit[key] as F[typeof key];
    (clocks as Record<string, string>)[key] = hlc;
  }
  return fields && clocks ? { ...record, fields, clocks } : record;
}

/** The fields whose clock an edit moved: what an audit line names (never the values). */
export function fieldsChanged<F extends object>(before: Clocked<F>, after: Clocked<F>): (keyof F & string)[] {
  return (Object.keys(after.clocks) as (keyof F & string)[]).filter(
    (k) => after.clocks[k] !== before.clocks[k],
  );
}

/** A record nobody has written yet: what the first edit of a key is applied to. */
export const emptyFieldRecord = <F extends object>(key: string): FieldRecord<F> => ({
  key,
  fields: {},
  clocks: {},
});
