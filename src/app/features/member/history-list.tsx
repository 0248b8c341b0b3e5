import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreClock } from '../../../shared/domain/calendar-day';
import type { EventRow } from '../../db/floorbook-db';
import { formatDayOf } from '../../i18n/format-date';
import { formatYuan } from './money';
import { VoidForm } from './void-form';

/**
 * Her purchases and visits, newest first; a mistaken entry is voided with a reason, never edited. Then
 * her contacts: how she was reached, what came of it, how happy she was, what she said.
 */
export function HistoryList({ events, clock }: { events: readonly EventRow[]; clock: StoreClock }) {
  const { t, i18n } = useTranslation();
  const dayOf = (ms: number) => formatDayOf(ms, clock.timeZoneOffsetMinutes, i18n.language);
  const voids = new Map<string, string>();
  for (const e of events) if (e.kind === 'void') voids.set(e.payload.targetId, e.payload.reason);
  const shown = events.filter((e) => e.kind === 'purchase' || e.kind === 'visit').sort((a, b) => b.at - a.at);
  const contacts = events.filter((e) => e.kind === 'contact' && !voids.has(e.id)).sort((a, b) => b.at - a.at);
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t('member.history')}</h2>
      {shown.length === 0 && <p className="hint">{t('member.noHistory')}</p>}
      <ul className="history">
        {shown.map((e) => (
          <HistoryEntry
            key={e.id}
            event={e}
            voidedFor={voids.get(e.id)}
            date={dayOf(e.at)}
            language={i18n.language}
          />
        ))}
      </ul>
      {contacts.length > 0 && (
        <>
          <h3>{t('member.contacts')}</h3>
          <ul className="history">
            {contacts.map(
              (c) =>
                c.kind === 'contact' && (
                  <li key={c.id}>
                    <time dateTime={new Date(c.at).toISOString()}>{dayOf(c.at)}</time>{' '}
                    {[
                      t(`member.followUps.channels.${c.payload.channel}`),
                      c.payload.outcome && t(`member.followUps.outcomes.${c.payload.outcome}`),
                      c.payload.satisfaction !== undefined &&
                        t('member.followUps.satisfied', { score: c.payload.satisfaction }),
                      c.payload.notes,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </li>
                ),
            )}
          </ul>
        </>
      )}
    </section>
  );
}

function HistoryEntry({
  event,
  voidedFor,
  date,
  language,
}: {
  event: EventRow;
  voidedFor: string | undefined;
  /** The day it happened, as staff read it. */
  date: string;
  language: string;
}) {
  const { t } = useTranslation();
  const [voiding, setVoiding] = useState(false);
  return (
    <li className={voidedFor === undefined ? '' : 'voided'}>
      <div className="history-line">
        <span>
          <time dateTime={new Date(event.at).toISOString()}>{date}</time>{' '}
          {event.kind === 'purchase' ? (
            <>
              <strong>{formatYuan(event.payload.total, language)}</strong>{' '}
              {event.payload.items
                .map(
                  (i) => `${i.styleNo} ${t(`member.sizeCategories.${i.category}`)} ${i.size} ×${i.quantity}`,
                )
                .join('，')}
            </>
          ) : (
            t('member.visitEntry')
          )}
          {event.kind !== 'void' &&
            'liked' in event.payload &&
            event.payload.liked &&
            ` · ${event.payload.liked}`}
        </span>
        {voidedFor === undefined && !voiding && (
          <button type="button" className="btn" onClick={() => setVoiding(true)}>
            {t('member.void')}
          </button>
        )}
      </div>
      {voidedFor !== undefined && <p className="hint">{t('member.voided', { reason: voidedFor })}</p>}
      {voiding && <VoidForm eventId={event.id} onClose={() => setVoiding(false)} />}
    </li>
  );
}
