import {
  applySettingsEdit,
  defaultSettingsRecord,
  type StoreSettingsField,
  type StoreSettingsRecord,
} from '../../../shared/domain/store-settings';
import { settingsForProtocol, settingsSync } from '../../../shared/sync/types/settings.sync';
import type { StoreId } from '../../../shared/schemas/ids.schema';
import { storeSettingsAfter } from '../../repositories/store-settings.repository';
import { countRowsAfter } from '../../repositories/store-sync.repository';
import { auditLine } from '../../audit/audit-line';
import type { ServerSyncedType } from '../server-type';

/** Store settings: one record per store, field by field last writer wins, like members. */
export const settingsServer: ServerSyncedType<'settings', { fields: StoreSettingsField[] }> = {
  async changesAfter(db, range) {
    const rows = await storeSettingsAfter(db, range);
    // One record per store: an older tablet's copy is cut down to what it reads, not spliced.
    const text = (record: string) =>
      range.protocol >= settingsSync.grown
        ? record
        : JSON.stringify(settingsForProtocol(JSON.parse(record) as StoreSettingsRecord, range.protocol));
    return rows.map((row) => ({ seq: row.seq, json: `{"record":${text(row.record)}}` }));
  },
  countAfter: (db, storeId, after) => countRowsAfter(db, 'store_settings', storeId, after),
  staffRefs: () => [],
  async apply(tx, m, hlc) {
    // The settings of another store are never this tablet's to change.
    if (m.entityId !== tx.storeId) return { ok: false, code: 'invalid', field: 'entityId' };
    const before = (await tx.settings.find()) ?? defaultSettingsRecord(tx.storeId as StoreId);
    const next = applySettingsEdit(before, m.payload.fields, hlc);
    if (next === before) return { ok: true };
    await tx.settings.put(next);
    const fields = (Object.keys(next.clocks) as StoreSettingsField[]).filter(
      (k) => next.clocks[k] !== before.clocks[k],
    );
    return { ok: true, effect: { fields } };
  },
  // Which settings changed, never their values.
  audit: (device, m, effect, now) =>
    effect
      ? [
          auditLine({ ...device, staffId: m.staffId }, 'settings.change', now, {
            detail: { fields: effect.fields.join(',') },
          }),
        ]
      : [],
};
