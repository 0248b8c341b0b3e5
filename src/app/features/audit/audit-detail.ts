import type { TFunction } from 'i18next';

const ROLES = new Set(['associate', 'manager', 'owner']);
const VIAS = new Set(['code', 'password', 'setup']);
const CHANGES = new Set(['added', 'left', 'role', 'pin']);

function parse(detail: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(detail);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * The server keeps ids and codes in an audit line's detail (JSON); this says the ones staff can
 * read in words (the export's reason and size, how a tablet was enrolled, what changed for a
 * staff member, the points given or taken) and leaves out the ids.
 */
export function describeDetail(t: TFunction, detail: string | null): string {
  if (detail === null) return '';
  const d = parse(detail);
  if (!d) return '';
  const role = typeof d.role === 'string' && ROLES.has(d.role) ? t(`roles.${d.role}`) : '';
  const parts: string[] = [];
  if (typeof d.change === 'string' && CHANGES.has(d.change))
    parts.push(t(`admin.audit.detail.change.${d.change}`, { role }));
  if (typeof d.via === 'string' && VIAS.has(d.via)) parts.push(t(`admin.audit.detail.via.${d.via}`));
  if (typeof d.reason === 'string') parts.push(t('admin.audit.detail.reason', { reason: d.reason }));
  if (d.selection === 'lapsing') parts.push(t('admin.audit.detail.lapsing'));
  if (typeof d.rows === 'number') parts.push(t('admin.audit.detail.rows', { count: d.rows }));
  if (typeof d.delta === 'number')
    parts.push(t('admin.audit.detail.points', { delta: d.delta > 0 ? `+${d.delta}` : String(d.delta) }));
  return parts.join(' · ');
}
