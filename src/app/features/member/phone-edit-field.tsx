import { useTranslation } from 'react-i18next';
import { useFormContext, useWatch } from 'react-hook-form';
import { shownPhone } from '../../../shared/domain/phone-privacy';
import type { MemberRow } from '../../db/floorbook-db';
import { useCurrentStaff } from '../../state/current-staff';
import { useMemberAudit } from '../../tablet/use-audit';
import { TextField } from '../../ui/form/text-field';

/**
 * Her number in the edit form (its `phone` field: null while masked). Masked for an associate
 * until she reveals it, which goes through the same audited reveal as on the profile: an edit
 * form must not be a way round the mask.
 */
export function PhoneEditField({ row }: { row: MemberRow }) {
  const { t } = useTranslation();
  const audit = useMemberAudit();
  const role = useCurrentStaff()?.role ?? null;
  const { setValue } = useFormContext();
  const phone = useWatch({ name: 'phone' }) as string | null;
  if (phone !== null)
    return <TextField name="phone" label={t('member.fields.phone')} type="tel" inputMode="tel" />;
  return (
    <div className="field">
      <span className="field-label">{t('member.fields.phone')}</span>
      <span className="masked-phone">
        {shownPhone(row.fields.phone, role)}{' '}
        <button
          type="button"
          className="btn"
          onClick={() => {
            audit('phone.reveal', row.id);
            setValue('phone', row.fields.phone);
          }}
        >
          {t('member.revealToEdit')}
        </button>
      </span>
    </div>
  );
}
