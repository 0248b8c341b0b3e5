import { useEffect, useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Enrolment } from '../../../shared/schemas/setup.schema';
import type { ApiResult } from '../../api/api-client';
import { createStore, enrolDevice, fetchSetupStatus } from '../../api/setup.api';
import { useSession } from '../../state/session.store';
import { useOnline } from '../../ui/use-online';
import { SetupForm } from './setup-form';
import { EnrolForm } from './enrol-form';
import './setup-page.css';

type Status = 'checking' | 'needed' | 'done' | 'unreachable';

/** First run creates the store and its owner; after that, a manager enrols each new tablet here. */
export default function SetupPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const online = useOnline();
  const enrolment = useSession((s) => s.enrolment);
  const enrolled = useSession((s) => s.enrolled);
  const [status, setStatus] = useState<Status>('checking');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);

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

  const finish = (r: ApiResult<Enrolment>) => {
    setBusy(false);
    if (r.ok) {
      enrolled(r.value);
      void navigate('/', { replace: true });
    } else if (r.error.code === 'network') {
      setError({ message: t('setup.offline') });
    } else {
      setError({ message: r.error.message, ...(r.error.field ? { field: r.error.field } : {}) });
      if (r.error.code === 'setup-done') setStatus('done');
    }
  };

  const start = (call: Promise<ApiResult<Enrolment>>) => {
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
        {status === 'done' && (
          <>
            <p className="hint">{t('setup.alreadyDone')}</p>
            <EnrolForm busy={busy} error={error} onSubmit={(req) => start(enrolDevice(req, i18n.language))} />
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
