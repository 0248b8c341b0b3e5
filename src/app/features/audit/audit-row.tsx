import { useAdminTranslation } from '../../i18n/admin-messages';
import type { AuditLine } from '../../../shared/schemas/security.schema';
import { describeDetail } from './audit-detail';
import { formatLocalDayTime } from '../../i18n/format-date';

/**
 * Enough of a member id to tell lines apart; the whole id is in the tooltip. The tail, because a
 * UUIDv7 starts with its time and members made the same day share their first characters.
 */
export function shortId(id: string): string {
  return id.length > 8 ? `…${id.slice(-8)}` : id;
}

/**
 * One entry of the audit log: when, what in words, who, on which tablet, about which member (by
 * name when this tablet holds her, else by short id).
 */
export function AuditRow({ line, memberName }: { line: AuditLine; memberName: string | null }) {
  const { t, i18n } = useAdminTranslation();
  const when = formatLocalDayTime(line.at, i18n.language);
  const nobody = t('admin.audit.nobody');
  return (
    <tr>
      <td>
        <time dateTime={new Date(line.at).toISOString()}>{when}</time>
      </td>
      <td>{t(`admin.audit.actions.${line.action}`)}</td>
      <td>{line.staffName ?? nobody}</td>
      <td>{line.deviceName ?? nobody}</td>
      <td>
        {line.memberId === null ? (
          nobody
        ) : (
          <span className="audit-member" title={line.memberId}>
            {memberName ?? shortId(line.memberId)}
          </span>
        )}
      </td>
      <td>{describeDetail(t, line.detail)}</td>
    </tr>
  );
}
