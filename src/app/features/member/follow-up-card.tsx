import { useState } from 'react';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { followUpsOf, type FollowUp } from '../../../shared/domain/follow-ups';
import type { StoreClock } from '../../../shared/domain/calendar-day';
import { useStoreSettings } from '../store-settings/use-store-settings';
import type { MemberId } from '../../../shared/schemas/ids.schema';
import { ContactChannel, ContactEvent, ContactOutcome } from '../../../shared/schemas/event.schema';
import { emptyAs } from '../../ui/form/empty-as';
import { showRefusal } from '../../ui/form/field-error';
import { FormRefusal } from '../../ui/form/form-refusal';
import { SchemaForm } from '../../ui/form/schema-form';
import { SelectField } from '../../ui/form/select-field';
import { TextField } from '../../ui/form/text-field';
import { useSchemaForm } from '../../ui/form/use-schema-form';
import type { EventRow } from '../../db/floorbook-db';
import { formatYuan } from './money';
import { useCommands } from './use-member';
import { commandErrorText } from './command-error';
import { formatDay } from '../../i18n/format-date';

/** The purchases that still wait for their follow-up contact, with the way to log it. */
export function FollowUpCard({
  memberId,
  events,
  clock,
}: {
  memberId: MemberId;
  events: readonly EventRow[];
  clock: StoreClock;
}) {
  const { t, i18n } = useTranslation();
  const { rules } = useStoreSettings();
  const open = followUpsOf(events, clock, rules.followUpDays).filter((f) => f.status !== 'done');
  const totals = new Map(
    events.flatMap((e) => (e.kind === 'purchase' ? [[e.id as string, e.payload.total]] : [])),
  );
  return (
    <section className="card" aria-labelledby="follow-ups-title">
      <h2 id="follow-ups-title">{t('member.followUps.title')}</h2>
      {open.length === 0 && <p className="hint">{t('member.followUps.none')}</p>}
      <ul className="history">
        {open.map((f) => (
          <FollowUpEntry
            key={f.purchaseId}
            memberId={memberId}
            followUp={f}
            amount={formatYuan(totals.get(f.purchaseId) ?? 0, i18n.language)}
          />
        ))}
      </ul>
    </section>
  );
}

const Contact = ContactEvent.shape.payload.shape;
const SATISFACTION = Contact.satisfaction.unwrap();

/** A follow-up contact as the form holds it, checked by the contact event's own rules. */
const FollowUpValues = z.object({
  channel: Contact.channel,
  // Asked every time, with no default: reached and not reached must not read alike.
  outcome: z.string().pipe(z.enum(ContactOutcome.options, { message: 'required' })),
  notes: emptyAs(undefined)(Contact.notes),
  satisfaction: z.string().transform(Number).pipe(SATISFACTION),
});

function FollowUpEntry({
  memberId,
  followUp,
  amount,
}: {
  memberId: MemberId;
  followUp: FollowUp;
  amount: string;
}) {
  const { t, i18n } = useTranslation();
  const [logging, setLogging] = useState(false);
  const key = followUp.status === 'overdue' ? 'member.followUps.overdue' : 'member.followUps.due';
  return (
    <li className={followUp.status === 'overdue' ? 'overdue' : ''}>
      <div className="history-line">
        <span>{t(key, { date: formatDay(followUp.dueBy, i18n.language), amount })}</span>
        {!logging && (
          <button type="button" className="btn" onClick={() => setLogging(true)}>
            {t('member.followUps.log')}
          </button>
        )}
      </div>
      {logging && <FollowUpForm memberId={memberId} followUp={followUp} onClose={() => setLogging(false)} />}
    </li>
  );
}

/** How she was reached, what came of it, what she said, and how happy she is with what she bought. */
function FollowUpForm({
  memberId,
  followUp,
  onClose,
}: {
  memberId: MemberId;
  followUp: FollowUp;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const commands = useCommands();
  const form = useSchemaForm(FollowUpValues, {
    channel: 'wechat',
    outcome: '',
    notes: '',
    satisfaction: '5',
  });
  const save = async ({ channel, outcome, notes, satisfaction }: z.output<typeof FollowUpValues>) => {
    const r = await (
      await commands()
    ).logContact(memberId, {
      channel,
      outcome,
      purpose: 'follow-up',
      followsUp: followUp.purchaseId,
      satisfaction,
      ...(notes !== undefined && { notes }),
    });
    if (r.ok) onClose();
    else showRefusal(form.setError, { message: commandErrorText(t, r.error) }, []);
  };
  return (
    <SchemaForm form={form} schema={FollowUpValues} onValid={save} className="inline-form">
      <SelectField
        name="channel"
        label={t('member.followUps.channel')}
        options={ContactChannel.options.map((c) => ({
          value: c,
          label: t(`member.followUps.channels.${c}`),
        }))}
      />
      <SelectField
        name="outcome"
        label={t('member.followUps.outcome')}
        options={[
          { value: '', label: t('member.followUps.chooseOutcome') },
          ...ContactOutcome.options.map((o) => ({ value: o, label: t(`member.followUps.outcomes.${o}`) })),
        ]}
      />
      <TextField name="notes" label={t('member.notes')} />
      <TextField
        name="satisfaction"
        label={t('member.followUps.satisfaction')}
        type="number"
        min={SATISFACTION.minValue ?? undefined}
        max={SATISFACTION.maxValue ?? undefined}
      />
      <button type="submit" className="btn btn-primary">
        {t('member.save')}
      </button>
      <button type="button" className="btn" onClick={onClose}>
        {t('member.cancel')}
      </button>
      <FormRefusal />
    </SchemaForm>
  );
}
