import type { ReactNode } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { formatLocalDay } from '../../i18n/format-date';
import { ConfirmedAction, type ConfirmedActionProps } from './confirmed-action';

export interface RevocableRowProps {
  name: string;
  /** When it was revoked, or null while it still works. */
  revokedAt: number | null;
  /** Says the day it was revoked: the row's own words for "revoked on …". */
  revokedText: (date: string) => string;
  /** Badges after the name, beyond "revoked". */
  badges?: ReactNode;
  /** The line under the name: when it was made and last used. */
  details: ReactNode;
  /** Revoking it, or null where it may not be revoked (revoked already, or this very tablet). */
  revoke: ConfirmedActionProps | null;
}

/** One credential of the store (a tablet, a POS key) in an admin list, with revoking it after a question. */
export function RevocableRow({ name, revokedAt, revokedText, badges, details, revoke }: RevocableRowProps) {
  const { i18n } = useAdminTranslation();
  return (
    <li aria-label={name}>
      <div className="admin-list-main">
        <strong>{name}</strong>
        {badges}
        {revokedAt !== null && (
          <span className="admin-badge" data-tone="bad">
            {revokedText(formatLocalDay(revokedAt, i18n.language))}
          </span>
        )}
        <p className="hint">{details}</p>
      </div>
      {revoke && <ConfirmedAction {...revoke} />}
    </li>
  );
}
