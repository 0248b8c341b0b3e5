import { useCallback, useEffect, useState } from 'react';
import type { AuditLine, AuditPage } from '../../../shared/schemas/security.schema';
import type { ApiRefusal, ApiResult } from '../../api/api-client';
import { fetchAudit } from '../../api/audit.api';
import { useAdminCall } from '../admin/use-admin-api';

export interface AuditPages {
  lines: AuditLine[];
  /** The cursor of the next older page; null once the oldest entry is shown. */
  before: number | null;
  /** The first page has arrived. */
  started: boolean;
  busy: boolean;
  error: ApiRefusal | null;
  loadMore: () => void;
}

/** The audit log read a page at a time, newest first; each "load more" appends the next older page. */
export function useAuditPages(): AuditPages {
  const run = useAdminCall();
  const [lines, setLines] = useState<AuditLine[]>([]);
  const [before, setBefore] = useState<number | null>(null);
  const [started, setStarted] = useState(false);
  const [busy, setBusy] = useState(true);
  const [error, setError] = useState<ApiRefusal | null>(null);

  const apply = useCallback((r: ApiResult<AuditPage>, first: boolean) => {
    setBusy(false);
    if (!r.ok) {
      setError(r);
      return;
    }
    // A line already shown is not shown twice, should entries arrive between two pages.
    setLines((shown) => {
      if (first) return r.value.lines;
      const seen = new Set(shown.map((l) => l.id));
      return [...shown, ...r.value.lines.filter((l) => !seen.has(l.id))];
    });
    setBefore(r.value.before);
    setStarted(true);
  }, []);

  useEffect(() => {
    let live = true;
    void run((auth) => fetchAudit(auth, null)).then((r) => {
      if (live) apply(r, true);
    });
    return () => {
      live = false;
    };
  }, [run, apply]);

  const loadMore = useCallback(() => {
    setBusy(true);
    setError(null);
    void run((auth) => fetchAudit(auth, started ? before : null)).then((r) => apply(r, !started));
  }, [run, apply, before, started]);

  return { lines, before, started, busy, error, loadMore };
}
