import type { DeviceEnrolment } from '../../shared/schemas/security.schema';
import type { UiLanguage } from '../i18n/i18n';

/**
 * Settings this tablet keeps across restarts, checked on every read so a stale or
 * tampered value falls back to defaults instead of breaking start-up. Checked by hand
 * rather than with zod: this runs before the first screen, and zod would cost a sixth of
 * the first-screen budget (docs/decisions/0003-first-screen-budget.md).
 */
export interface Persisted {
  language: UiLanguage;
  /** Which store and device this tablet is; who holds it is the staff session (staff-session.state.ts). */
  enrolment: DeviceEnrolment | null;
}

const KEY = 'floorbook.settings.v1';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;

/** Only the store and the device: an older release also kept the staff member here, which is ignored. */
function readEnrolment(v: unknown): DeviceEnrolment | null {
  if (!isRecord(v) || !isRecord(v.store) || !isRecord(v.device)) return null;
  const { store, device } = v;
  const ok = isText(store.id) && isText(store.name) && isText(device.id) && isText(device.token);
  if (!ok) return null;
  // Branded ids come from the server; a hand check cannot brand them.
  return {
    store: { id: store.id, name: store.name },
    device: { id: device.id, token: device.token },
  } as DeviceEnrolment;
}

export function readPersisted(storage: Pick<Storage, 'getItem'>): Persisted {
  let raw: unknown;
  try {
    raw = JSON.parse(storage.getItem(KEY) ?? 'null');
  } catch {
    raw = null;
  }
  const r = isRecord(raw) ? raw : {};
  return {
    language: r.language === 'en' ? 'en' : 'zh-CN',
    enrolment: readEnrolment(r.enrolment),
  };
}

export function writePersisted(storage: Pick<Storage, 'setItem'>, value: Persisted): void {
  storage.setItem(KEY, JSON.stringify(value));
}
