import { useEffect, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DeviceEnrolment } from '../../../shared/schemas/security.schema';
import type { Enrolment } from '../../../shared/schemas/setup.schema';
import type { ApiResult } from '../../api/api-client';
import { createStore, enrolByCode, enrolDevice, fetchSetupStatus } from '../../api/setup.api';
import { useSession } from '../../state/session.state';
import { useOnline } from '../../ui/use-online';
import { SetupForm } from './setup-form';
import { EnrolChoice } from './enrol-choice';
import { ChoosePinForm } from './choose-pin-form';
import './setup-page.css';

type Status = 'checking' | 'needed' | 'done' | 'unreachable';
type FormError = { message: string; field?: string; code?: string };

/**
 * First run creates the store and its owner; after that each new tablet is enrolled here, with a
 * code a manager made or by a manager signing in. Someone enrolled by password who has no PIN
 * chooses one before the tablet is hers to use.
 */
export default function SetupPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const online = useOnline();
  const enrolment = useSession((s) => s.enrolment);
  const enrolled = useSession((s) => s.enrolled);
  const [status, setStatus] = useState<Status>('checking');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  // Enrolled by password, not yet kept: she chooses her PIN first.
  const [needsPin, setNeedsPin] = useState<Enrolment | null>(null);

  useEffect(() => {
    let live = true;
    void fetchSetupStatus(i18n.language).then((r) => {
      if (live) setStatus(r.ok ? (r.value.needed ? 'needed' : 'done') : 'unreachable');
    });
    return () => {
      live = false;
    };
  }, [i18n.language, online]);

  if (enrolment) return <Navigate to="/" replace />;

  const keep = (e: Enrolment | DeviceEnrolment) => {
    enrolled(e);
    void navigate('/', { replace: true });
  };

  const finish = (r: ApiResult<Enrolment | DeviceEnrolment>) => {
    setBusy(false);
    if (r.ok) {
      if ('needsPin' in r.value && r.value.needsPin) setNeedsPin(r.value);
      else keep(r.value);
    } else if (r.error.code === 'network') {
      setError({ message: t('setup.offline') });
    } else {
      setError({
        message: r.error.message,
        code: r.error.code,
        ...(r.error.field ? { field: r.error.field } : {}),
      });
      if (r.error.code === 'setup-done') setStatus('done');
    }
  };

  const start = (call: Promise<ApiResult<Enrolment | DeviceEnrolment>>) => {
    setBusy(true);
    setError(null);
    void call.then(finish);
  };

  return (
    <div className="setup">
      <section className="card setup-card" aria-labelledby="setup-title">
        <h1 id="setup-title">{t('setup.title')}</h1>
        {status === 'checking' && <p>{t('common.loading')}</p>}
        {status === 'unreachable' && (
          <p className="error-text" role="alert">
            {t('setup.offline')}
          </p>
        )}
        {status === 'done' && needsPin && (
          <ChoosePinForm enrolment={needsPin} onDone={() => keep(needsPin)} />
        )}
        {status === 'done' && !needsPin && (
          <>
            <p className="hint">{t('setup.alreadyDone')}</p>
            <EnrolChoice
              busy={busy}
              error={error}
              onCode={(req) => start(enrolByCode(req, i18n.language))}
              onPassword={(req) => start(enrolDevice(req, i18n.language))}
              onSwitch={() => setError(null)}
            />
          </>
        )}
        {status === 'needed' && (
          <>
            <p className="hint">{t('setup.intro')}</p>
            <SetupForm busy={busy} error={error} onSubmit={(req) => start(createStore(req, i18n.language))} />
          </>
        )}
      </section>
    </div>
  );
}
