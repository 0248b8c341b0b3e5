import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { followUpsOf, type FollowUp } from '../../../shared/domain/follow-ups';
import type { StoreClock } from '../../../shared/domain/calendar-day';
import { useStoreSettings } from '../store-settings/use-store-settings';
import type { MemberId } from '../../../shared/schemas/ids.schema';
import type { EventRow } from '../../db/floorbook-db';
import { formatYuan } from './money';
import { useCommands } from './use-member';
import { commandErrorText } from './command-error';
import { formatDay } from '../../i18n/format-date';

const CHANNELS = ['wechat', 'phone', 'sms', 'in-store'] as const;

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
  const commands = useCommands();
  const [logging, setLogging] = useState(false);
  const [channel, setChannel] = useState<(typeof CHANNELS)[number]>('wechat');
  const [notes, setNotes] = useState('');
  const [satisfaction, setSatisfaction] = useState(5);
  const [error, setError] = useState<string | null>(null);
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
      {logging && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            void commands()
              .then((c) =>
                c.logContact(memberId, {
                  channel,
                  purpose: 'follow-up',
                  followsUp: followUp.purchaseId,
                  satisfaction,
                  ...(notes.trim() !== '' && { notes: notes.trim() }),
                }),
              )
              .then((r) => (r.ok ? setLogging(false) : setError(commandErrorText(t, r.error))));
          }}
        >
          <label>
            {t('member.followUps.channel')}
            <select value={channel} onChange={(e) => setChannel(e.target.value as (typeof CHANNELS)[number])}>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`member.followUps.channels.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('member.notes')}
            <input value={notes} onChange={(e) => setNotes(e.target.value)} maxLength={500} />
          </label>
          <label>
            {t('member.followUps.satisfaction')}
            <input
              type="number"
              min={1}
              max={5}
              value={satisfaction}
              onChange={(e) => setSatisfaction(Number(e.target.value))}
            />
          </label>
          <button type="submit" className="btn btn-primary">
            {t('member.save')}
          </button>
          <button type="button" className="btn" onClick={() => setLogging(false)}>
            {t('member.cancel')}
          </button>
          {error && (
            <p className="error-text" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </li>
  );
}
