import { lazy, Suspense, useId, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentStaff } from '../../state/current-staff';
import { seesFullPhone } from '../../../shared/domain/phone-privacy';
import { NoResults } from './no-results';
import { ResultList } from './result-list';
import { RosterStatus } from './roster-status';
import { SearchBox } from './search-box';
import { SearchHint } from './search-hint';
import { useCardScan } from './use-card-scan';
import { useMemberSearch } from './use-member-search';
import { useStoreClock } from './use-store-clock';
import './recognise-page.css';

// The camera scanner (and jsQR behind it) loads only when "scan" is tapped: this is the first screen.
const QrScanner = lazy(() => import('../../ui/qr/qr-scanner').then((m) => ({ default: m.QrScanner })));
// Today's and this month's birthdays need the lunar calendar: they come after the first screen.
const BirthdaysNow = lazy(() => import('../clients/keep-pages').then((m) => ({ default: m.BirthdaysNow })));

/** The home screen: a VIP walks in, and the associate finds her in a second. */
export default function RecognisePage() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const staff = useCurrentStaff();
  const me = staff?.id ?? null;
  const clock = useStoreClock();
  const [typed, setTyped] = useState('');
  const { query, result, state, findByCard } = useMemberSearch(typed);
  const scan = useCardScan(findByCard);
  const first = result.members[0];
  // Set by a screen that sent her here after finishing something (a member removed).
  const notice = (useLocation().state as { notice?: unknown } | null)?.notice;

  return (
    <section className="recognise" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`} className="sr-only">
        {t('recognise.title')}
      </h1>
      {typeof notice === 'string' && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <div className="recognise-bar">
        <SearchBox
          value={typed}
          onChange={setTyped}
          onEnter={() => first && void navigate(`/members/${first.id}`)}
        />
        <button type="button" className="btn recognise-scan" onClick={scan.start}>
          <span aria-hidden="true">▦</span>
          {t('recognise.scan')}
        </button>
      </div>
      {scan.problem && (
        <p className="error-text recognise-scan-problem" role="alert">
          {scan.problem.kind === 'no-member'
            ? t('recognise.scanNoMember', { cardNo: scan.problem.cardNo })
            : t('recognise.scanNotMemberCode')}
        </p>
      )}
      <RosterStatus state={state} />
      {query.kind === 'empty' ? (
        <>
          <SearchHint />
          <Suspense fallback={null}>
            <BirthdaysNow />
          </Suspense>
        </>
      ) : result.members.length > 0 ? (
        <ResultList result={result} me={me} fullPhones={seesFullPhone(staff?.role ?? null)} clock={clock} />
      ) : state.ready ? (
        <NoResults typed={typed} />
      ) : null}
      {scan.scanning && (
        <Suspense fallback={null}>
          <QrScanner onResult={scan.scanned} onClose={scan.stop} />
        </Suspense>
      )}
    </section>
  );
}
