import { z } from 'zod';
import { HLC_PATTERN } from '../hlc';
import { mutationBase } from './mutation-base';

/**
 * A field-record type's registry entry (decision 0016): a keyed record of the store, merged field
 * by field, last writer wins. A pulled change is `{record: {key, fields, clocks}}`; `fields` may
 * lack fields, because a record is made by its first edit and holds only the fields written so
 * far. It is written by one mutation, `<name>.update`, whose `entityId` is the key and whose
 * payload is the fields it sets.
 */
export function fieldRecordSync<
  const N extends string,
  K extends z.ZodType<string, string>,
  S extends z.ZodRawShape,
>(def: { name: N; key: K; fields: z.ZodObject<S, z.core.$strict>; since: number }) {
  const fields = def.fields.partial();
  const record = z.strictObject({
    key: def.key,
    fields,
    clocks: z.partialRecord(def.fields.keyof(), z.string().regex(HLC_PATTERN)),
  });
  const update = z.strictObject({
    ...mutationBase,
    kind: z.literal(`${def.name}.update`),
    entity: z.literal(def.name),
    entityId: def.key,
    payload: z.strictObject({ fields }),
  });
  return {
    name: def.name,
    change: z.strictObject({ record }),
    mutations: [update],
    merge: 'field-lww',
    since: def.since,
  } as const;
}
