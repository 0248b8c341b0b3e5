import { useId, useState } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { createEnrolCode } from '../../api/device.api';
import { QrCode } from '../../ui/qr/qr-code';
import { errorText } from '../admin/error-text';
import { useAdminCall } from '../admin/use-admin-api';
import { useClock } from '../admin/use-clock';

/** A code lives 10 minutes on the server; the countdown never promises more, whatever this clock says. */
const CODE_LIFETIME_MS = 10 * 60_000;

interface Shown {
  code: string;
  /** Tablet time. */
  expiresAt: number;
  /** Tablet time; the clock below may not have ticked since. */
  receivedAt: number;
}

function mmss(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Manager: a one-time code, big and as a QR code, for a new tablet to enrol with. */
export function EnrolCodeCard() {
  const { t } = useAdminTranslation();
  const id = useId();
  const run = useAdminCall();
  const now = useClock(1_000);
  const [shown, setShown] = useState<Shown | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const left = shown ? shown.expiresAt - Math.max(now, shown.receivedAt) : 0;

  const make = () => {
    setBusy(true);
    setError(null);
    void run(createEnrolCode).then((r) => {
      setBusy(false);
      if (r.ok) {
        const received = Date.now();
        const expiresAt = Math.min(r.value.expiresAt, received + CODE_LIFETIME_MS);
        setShown({ code: r.value.code, expiresAt, receivedAt: received });
      } else {
        setError(errorText(t, r));
      }
    });
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('admin.enrolCode.title')}</h2>
      <p className="hint">{t('admin.enrolCode.lead')}</p>
      {shown && left > 0 && (
        <div className="enrol-code">
          <div>
            <p className="hint">{t('admin.enrolCode.code')}</p>
            <p className="enrol-code-text" aria-describedby={`${id}-left`}>
              {shown.code}
            </p>
            <p id={`${id}-left`}>{t('admin.enrolCode.expiresIn', { time: mmss(left) })}</p>
          </div>
          <QrCode text={shown.code} label={t('admin.enrolCode.qr', { code: shown.code })} size={180} />
        </div>
      )}
      {shown && left <= 0 && <p className="hint">{t('admin.enrolCode.expired')}</p>}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="btn btn-primary" disabled={busy} onClick={make}>
        {busy
          ? t('admin.enrolCode.making')
          : shown
            ? t('admin.enrolCode.another')
            : t('admin.enrolCode.make')}
      </button>
    </section>
  );
}
