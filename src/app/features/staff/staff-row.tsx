import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import type { StaffCard } from '../../../shared/schemas/security.schema';
import type { SignedInStaff } from '../../state/staff-session.state';
import { RemoveStaff } from './remove-staff';
import { ResetPinForm } from './reset-pin-form';
import { RoleChange } from './role-change';
import { canManageStaff, canResetPin } from './staff-permissions';

export interface StaffRowProps {
  card: StaffCard;
  me: SignedInStaff;
  /** Something changed on the server: say so, and read the list again. */
  onChanged: (message: string) => void;
}

/** One staff member: name, role, whether she has a PIN, and what the signed-in staff may do. */
export function StaffRow({ card, me, onChanged }: StaffRowProps) {
  const { t } = useAdminTranslation();
  const [resetting, setResetting] = useState(false);
  const owner = canManageStaff(me);
  return (
    <li aria-label={card.name}>
      <div className="admin-list-main">
        <strong>{card.name}</strong>
        {card.id === me.id && <span className="admin-badge">{t('admin.staff.you')}</span>}
        <p>
          {t(`roles.${card.role}`)}
          {card.pin === null && (
            <span className="admin-badge" data-tone="bad">
              {t('admin.staff.noPin')}
            </span>
          )}
        </p>
      </div>
      <div className="admin-actions">
        {canResetPin(me, card) && !resetting && (
          <button type="button" className="btn" onClick={() => setResetting(true)}>
            {t('admin.staff.resetPin')}
          </button>
        )}
        {owner && <RoleChange card={card} onChanged={onChanged} />}
        {owner && <RemoveStaff card={card} onChanged={onChanged} />}
      </div>
      {resetting && (
        <ResetPinForm
          card={card}
          onDone={(message) => {
            setResetting(false);
            onChanged(message);
          }}
          onCancel={() => setResetting(false)}
        />
      )}
    </li>
  );
}
