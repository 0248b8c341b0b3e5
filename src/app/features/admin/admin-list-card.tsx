import { useId, useState, type ReactNode } from 'react';
import { LoadState } from './load-state';
import { useAdminLoad, type AdminCall, type AdminLoad } from './use-admin-api';

/** One admin list as its card shows it: what was loaded, and the last change's sentence. */
export interface AdminList<T> {
  load: AdminLoad<T>;
  reload: () => void;
  notice: string | null;
  /** Something changed on the server: say so (or clear what was said), and read the list again. */
  changed: (notice: string | null) => void;
}

/** Loads an admin list; `fetch` must be stable, as for useAdminLoad. */
export function useAdminList<T>(fetch: AdminCall<T>): AdminList<T> {
  const { load, reload } = useAdminLoad(fetch);
  const [notice, setNotice] = useState<string | null>(null);
  const changed = (message: string | null) => {
    setNotice(message);
    reload();
  };
  return { load, reload, notice, changed };
}

export interface AdminListCardProps<T> {
  title: string;
  lead?: string;
  list: AdminList<T>;
  isEmpty: (value: T) => boolean;
  emptyText: string;
  /** The rows once loaded and not empty; `titleId` names the card's heading, to label a table by. */
  rows: (value: T, titleId: string) => ReactNode;
  /** Below the rows: adding to the list. */
  children?: ReactNode;
}

/**
 * A manager's or owner's list of what the server holds (staff, tablets, POS keys, stores): its
 * title, the last change said aloud, loading, a refusal with a retry or an empty list, then rows.
 */
export function AdminListCard<T>({
  title,
  lead,
  list,
  isEmpty,
  emptyText,
  rows,
  children,
}: AdminListCardProps<T>) {
  const id = useId();
  const { load, reload, notice } = list;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {lead && <p className="hint">{lead}</p>}
      <p className="admin-ok" role="status">
        {notice}
      </p>
      <LoadState load={load} reload={reload} isEmpty={isEmpty} emptyText={emptyText} />
      {load.kind === 'ready' && !isEmpty(load.value) && rows(load.value, `${id}-title`)}
      {children}
    </section>
  );
}
