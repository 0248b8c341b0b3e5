import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { MemberDeleteMutation } from '../../../shared/sync/protocol.schema';
import type { MemberId } from '../../../shared/schemas/ids.schema';
import { hasRole } from '../../../shared/domain/permissions';
import { useCurrentStaff } from '../../state/current-staff';
import { ConfirmDialog } from '../admin/confirm-dialog';
import { SessionGate } from '../admin/session-gate';
import { CheckField } from '../../ui/form/check-field';
import { SchemaForm } from '../../ui/form/schema-form';
import { TextField } from '../../ui/form/text-field';
import { useSchemaForm } from '../../ui/form/use-schema-form';
import { useCommands } from './use-member';
import { commandErrorText } from './command-error';

type Asking = 'none' | 'mistake' | 'erase';

/** A reason for the audit log, as deletion and erasure both keep it; a word or more. */
const RemoveValues = z.object({
  reason: MemberDeleteMutation.shape.payload.shape.reason.pipe(z.string().min(2, { message: 'required' })),
  checked: z.boolean(),
});

/**
 * Removing a member: a manager deletes a record entered by mistake; the owner erases a
 * customer's data at her request (PIPL 47). Both need a reason for the audit log, and ask first;
 * erasure also asks that the request was checked to be hers. Both need the network and her PIN
 * confirmed by the server, whose session goes with the change; the server checks both again.
 */
export function RemoveMemberCard({ memberId, name }: { memberId: MemberId; name: string }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const commands = useCommands();
  const staff = useCurrentStaff();
  const [asking, setAsking] = useState<Asking>('none');
  const form = useSchemaForm(RemoveValues, { reason: '', checked: false });
  const [reason, checked] = useWatch({ control: form.control, name: ['reason', 'checked'] });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!staff || !hasRole(staff.role, 'manager')) return null;

  const ask = (what: Asking) => {
    setAsking(what);
    form.setValue('checked', false);
    setError(null);
  };
  const confirm = () => {
    setBusy(true);
    void commands()
      .then((c) =>
        asking === 'erase' ? c.eraseMember(memberId, reason.trim()) : c.deleteMember(memberId, reason.trim()),
      )
      .then((r) => {
        setBusy(false);
        if (r.ok) void navigate('/', { replace: true, state: { notice: t('member.remove.done', { name }) } });
        else setError(commandErrorText(t, r.error));
      });
  };
  const reasonGiven = reason.trim().length >= 2;

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('member.remove.title')}</h2>
      <p className="hint">{t('member.remove.lead')}</p>
      {/* Her server session goes with the change: without it the server refuses a deletion. */}
      <SessionGate least="manager" offlineText={t('member.remove.offline')}>
        <SchemaForm form={form} schema={RemoveValues} onValid={() => ask('mistake')}>
          <TextField name="reason" label={t('member.remove.reason')} hint={t('member.remove.reasonHint')} />
          <div className="panel-actions">
            <button type="submit" className="btn btn-danger-outline" disabled={!reasonGiven}>
              {t('member.remove.mistake')}
            </button>
            {hasRole(staff.role, 'owner') && (
              <button
                type="button"
                className="btn btn-danger-outline"
                disabled={!reasonGiven}
                onClick={() => void form.handleSubmit(() => ask('erase'))()}
              >
                {t('member.remove.erase')}
              </button>
            )}
          </div>
          {asking !== 'none' && (
            <ConfirmDialog
              title={t(asking === 'erase' ? 'member.remove.eraseQuestion' : 'member.remove.mistakeQuestion', {
                name,
              })}
              confirmLabel={t(
                asking === 'erase' ? 'member.remove.eraseConfirm' : 'member.remove.mistakeConfirm',
              )}
              busy={busy}
              canConfirm={asking !== 'erase' || checked}
              error={error}
              onConfirm={confirm}
              onCancel={() => ask('none')}
            >
              <p>{t(asking === 'erase' ? 'member.remove.eraseBody' : 'member.remove.mistakeBody')}</p>
              {asking === 'erase' && <CheckField name="checked" label={t('member.remove.eraseChecked')} />}
            </ConfirmDialog>
          )}
        </SchemaForm>
      </SessionGate>
    </section>
  );
}
