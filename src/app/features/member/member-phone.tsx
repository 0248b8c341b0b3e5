import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberId } from '../../../shared/schemas/ids.schema';
import { seesFullPhone, shownPhone } from '../../../shared/domain/phone-privacy';
import { useCurrentStaff } from '../../state/current-staff';
import { useMemberAudit } from '../../tablet/use-audit';

/**
 * Her phone number: in full for managers and owners; masked for associates, with a button that
 * shows it for this profile view and records the reveal in the audit log.
 */
export function MemberPhone({ memberId, phone }: { memberId: MemberId; phone: string }) {
  const { t } = useTranslation();
  const role = useCurrentStaff()?.role ?? null;
  const audit = useMemberAudit();
  const [revealed, setRevealed] = useState(false);
  if (seesFullPhone(role)) return phone;
  return (
    <>
      {shownPhone(phone, role, revealed)}{' '}
      <button
        type="button"
        className="btn"
        aria-pressed={revealed}
        onClick={() => {
          if (!revealed) audit('phone.reveal', memberId);
          setRevealed((v) => !v);
        }}
      >
        {revealed ? t('member.hidePhone') : t('member.revealPhone')}
      </button>
    </>
  );
}
