import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MemberId } from '../../../shared/schemas/ids.schema';
import { summariseMember } from '../../../shared/domain/programme/summary';
import { useStoreSettings } from '../store-settings/use-store-settings';
import { useStoreClock } from '../recognise/use-store-clock';
import { useMemberAudit } from '../../tablet/use-audit';
import { useMemberLookup } from './use-member';
import { MemberHeader } from './member-header';
import { MemberOverview } from './member-overview';
import { MemberEssentials } from './member-essentials';
import { MemberDetails } from './member-details';
import { HistoryList } from './history-list';
import { FollowUpCard } from './follow-up-card';
import { PurchasePanel } from './purchase-panel';
import { VisitPanel } from './visit-panel';
import { RemoveMemberCard } from './remove-member-card';
import './member-page.css';

type Panel = 'none' | 'purchase' | 'visit';

/** Everything about her on one screen: who she is, how she buys, what to do next. */
export default function MemberPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const lookup = useMemberLookup(id);
  const clock = useStoreClock();
  const { rules } = useStoreSettings();
  const [panel, setPanel] = useState<Panel>('none');
  const member = lookup?.kind === 'found' ? lookup.member : null;
  const summary = useMemo(
    () =>
      member &&
      summariseMember(member.events, rules, clock.now, {
        styles: member.row.fields.styles,
      }),
    [member, rules, clock.now],
  );
  useProfileViewAudit(member?.row.id ?? null);

  if (lookup === undefined) return null;
  if (lookup.kind === 'merged')
    return <Navigate to={`/members/${lookup.into}`} replace state={{ merged: true }} />;
  if (!member || !summary)
    return (
      <section className="card member-missing">
        <p>{t('member.notFound')}</p>
        <Link className="btn" to="/">
          {t('member.backToSearch')}
        </Link>
      </section>
    );

  const merged = (location.state as { merged?: boolean } | null)?.merged === true;
  return (
    <article className="member-page" aria-labelledby="member-name">
      {merged && (
        <p className="notice" role="status">
          {t('member.mergedNotice')}
        </p>
      )}
      <MemberHeader
        row={member.row}
        summary={summary}
        onPurchase={() => setPanel('purchase')}
        onVisit={() => setPanel('visit')}
      />
      <MemberEssentials row={member.row} clock={clock} />
      {panel === 'purchase' && (
        <PurchasePanel
          row={member.row}
          before={summary}
          events={member.events}
          onClose={() => setPanel('none')}
        />
      )}
      {panel === 'visit' && <VisitPanel memberId={member.row.id} onClose={() => setPanel('none')} />}
      <div className="member-columns">
        <div className="member-column">
          <MemberOverview row={member.row} summary={summary} />
          <FollowUpCard memberId={member.row.id} events={member.events} clock={clock} />
          <HistoryList events={member.events} clock={clock} />
        </div>
        <div className="member-column">
          <MemberDetails row={member.row} />
          <RemoveMemberCard memberId={member.row.id} name={member.row.fields.name} />
        </div>
      </div>
    </article>
  );
}

/** One 'profile.view' audit entry per opening of a profile, not per re-render or live update. */
function useProfileViewAudit(memberId: MemberId | null) {
  const audit = useMemberAudit();
  // A ref, not state: StrictMode's second effect run and live updates must not record it again.
  const recorded = useRef<MemberId | null>(null);
  useEffect(() => {
    if (memberId === null || recorded.current === memberId) return;
    recorded.current = memberId;
    audit('profile.view', memberId);
  }, [memberId, audit]);
}
