import { AuditPage } from '../../shared/schemas/security.schema';
import { callApi, type StaffAuth } from './api-client';

export const AUDIT_PAGE_SIZE = 50;

/** Manager: the audit log, newest first; `before` is the cursor the previous page answered. */
export function fetchAudit(auth: StaffAuth, before: number | null, limit = AUDIT_PAGE_SIZE) {
  const query = new URLSearchParams({ limit: String(limit) });
  if (before !== null) query.set('before', String(before));
  return callApi({ method: 'GET', path: `/api/audit?${query.toString()}`, ...auth }, AuditPage);
}
