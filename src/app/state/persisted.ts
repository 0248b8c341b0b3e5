import type { Enrolment } from '../../shared/schemas/setup.schema';
import type { UiLanguage } from '../i18n/i18n';

/**
 * Settings this tablet keeps across restarts, checked on every read so a stale or
 * tampered value falls back to defaults instead of breaking start-up. Checked by hand
 * rather than with zod: this runs before the first screen, and zod would cost a sixth of
 * the first-screen budget (docs/decisions/0003-first-screen-budget.md).
 */
export interface Persisted {
  language: UiLanguage;
  enrolment: Enrolment | null;
}

const KEY = 'floorbook.settings.v1';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;

function readEnrolment(v: unknown): Enrolment | null {
  if (!isRecord(v) || !isRecord(v.store) || !isRecord(v.device) || !isRecord(v.staff)) return null;
  const { store, device, staff } = v;
  const roles = ['associate', 'manager', 'owner'];
  const ok =
    isText(store.id) &&
    isText(store.name) &&
    isText(device.id) &&
    isText(device.token) &&
    isText(staff.id) &&
    isText(staff.name) &&
    typeof staff.role === 'string' &&
    roles.includes(staff.role);
  return ok ? (v as unknown as Enrolment) : null;
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
