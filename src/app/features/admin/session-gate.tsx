import type { ReactNode } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { hasRole } from '../../../shared/domain/permissions';
import type { StaffRole } from '../../../shared/schemas/setup.schema';
import { useCurrentStaff } from '../../state/current-staff';
import { useStaffSession } from '../../state/staff-session.state';
import { useOnline } from '../../ui/use-online';
import { PinPrompt } from './pin-prompt';
import { useClock } from './use-clock';

const EXPIRY_CHECK_MS = 15_000;

/**
 * Wraps a screen of managers or owners: it shows only to a staff member with the role, online,
 * with a server session that has not expired; otherwise it says what is missing, or asks for her
 * PIN. The server checks the role again on every call: this only spares her a refusal.
 */
export function SessionGate({
  least,
  offlineText,
  children,
}: {
  least: StaffRole;
  /** What to say offline, when the gate guards a part of a page rather than a whole one. */
  offlineText?: string;
  children: ReactNode;
}) {
  const { t } = useAdminTranslation();
  const staff = useCurrentStaff();
  const server = useStaffSession((s) => s.current?.server ?? null);
  const online = useOnline();
  const now = useClock(EXPIRY_CHECK_MS);

  if (!staff || !hasRole(staff.role, least)) {
    return (
      <div className="card">
        <p>{least === 'owner' ? t('admin.gate.needsOwner') : t('admin.gate.needsManager')}</p>
        <p className="hint">{t('admin.gate.needsHint')}</p>
      </div>
    );
  }
  if (!online) {
    return (
      <div className="card">
        <p>{offlineText ?? t('admin.gate.offline')}</p>
      </div>
    );
  }
  if (!server || server.expiresAt <= now) return <PinPrompt staff={staff} expired={server !== null} />;
  return children;
}
