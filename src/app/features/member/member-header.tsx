import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberSummary } from '../../../shared/domain/programme/summary';
import { memberQrPayload } from '../../../shared/domain/member-qr';
import type { MemberRow } from '../../db/floorbook-db';
import { MemberAvatar } from '../recognise/member-avatar';

const QrCode = lazy(() => import('../../ui/qr/qr-code').then((m) => ({ default: m.QrCode })));

/** How to greet her: 张女士 / 王先生 from her surname (the first character). */
export function useGreeting(row: MemberRow): string {
  const { t } = useTranslation();
  const name = row.fields.name;
  return t(`member.greeting.${row.fields.gender}`, { surname: Array.from(name)[0] ?? name, name });
}

export function MemberHeader({
  row,
  summary,
  onPurchase,
  onVisit,
}: {
  row: MemberRow;
  summary: MemberSummary;
  onPurchase: () => void;
  onVisit: () => void;
}) {
  const { t } = useTranslation();
  const greeting = useGreeting(row);
  const [showQr, setShowQr] = useState(false);
  return (
    <header className="card member-header">
      <MemberAvatar id={row.id} name={row.fields.name} />
      <div className="member-header-who">
        <h1 id="member-name">{row.fields.name}</h1>
        <p className="member-greeting">{greeting}</p>
        <p className="hint">
          <span className={`tier-badge tier-${summary.tier}`}>{t(`member.tiers.${summary.tier}`)}</span>{' '}
          {t('member.points', { points: summary.pointsBalance.toLocaleString() })} ·{' '}
          {t('member.cardNo', { cardNo: row.fields.cardNo })}
        </p>
      </div>
      <div className="member-actions">
        <button type="button" className="btn btn-primary" onClick={onPurchase}>
          {t('member.recordPurchase')}
        </button>
        <button type="button" className="btn" onClick={onVisit}>
          {t('member.recordVisit')}
        </button>
        <button type="button" className="btn" aria-expanded={showQr} onClick={() => setShowQr((v) => !v)}>
          {t('member.qr')}
        </button>
      </div>
      {showQr && (
        <Suspense fallback={null}>
          <div className="member-qr">
            <QrCode text={memberQrPayload(row.fields.cardNo)} label={t('member.qr')} />
          </div>
        </Suspense>
      )}
    </header>
  );
}
