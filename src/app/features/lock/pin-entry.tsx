import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { hasRole } from '../../../shared/domain/permissions';
import { STAFF_LOCKOUT_FAILURES } from '../../../shared/domain/pin-lockout';
import { MAX_PIN_LENGTH, MIN_PIN_LENGTH } from '../../../shared/domain/pin-rules';
import type { StaffCard } from '../../../shared/schemas/security.schema';
import { useSession } from '../../state/session.state';
import { useTablet } from '../../tablet/tablet-context';
import { PinPad } from './pin-pad';
import { gateFor } from './pin-gate';
import { usePinFailures } from './queries';
import { useNow } from './use-now';
import { waitText } from './wait-text';

type Notice = { kind: 'wrong'; triesLeft: number } | { kind: 'failed'; message: string } | null;

/** Her PIN, typed on the pad or a keyboard, checked on the tablet; waits and lock-outs counted down. */
export function PinEntry({ card, onBack }: { card: StaffCard; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { db } = useTablet();
  const enrolment = useSession((s) => s.enrolment);
  const failures = usePinFailures();
  const [now, refreshNow] = useNow(1_000);
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const gate = failures ? gateFor(failures, card.id, now) : null;
  const closed = gate !== null && !gate.open;
  // Typing may start while the counts are still being read: the check itself reads them again.
  const disabled = busy || closed;

  const submit = () => {
    if (disabled || pin.length < MIN_PIN_LENGTH || !enrolment) return;
    setBusy(true);
    setNotice(null);
    const typed = pin;
    setPin('');
    import('./pin-sign-in')
      .then((m) =>
        m.signInWithPin({
          db,
          enrolment,
          card,
          pin: typed,
          language: i18n.language,
          online: navigator.onLine,
        }),
      )
      .then(
        (out) => {
          setBusy(false);
          refreshNow();
          if (out.kind === 'wrong')
            setNotice({ kind: 'wrong', triesLeft: STAFF_LOCKOUT_FAILURES - out.failures });
          // The counter is a manager's home screen (decision 0018): from the tablet's home, not from a job left open.
          if (out.kind === 'right' && pathname === '/' && hasRole(card.role, 'manager'))
            void navigate('/counter');
        },
        (err: unknown) => {
          setBusy(false);
          setNotice({ kind: 'failed', message: err instanceof Error ? err.name : String(err) });
        },
      );
  };

  // The physical keyboard works too: digits, Backspace, Enter to confirm, Escape to go back.
  const keys = useRef({ submit, onBack, disabled });
  useEffect(() => {
    keys.current = { submit, onBack, disabled };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const k = keys.current;
      if (/^\d$/.test(e.key)) {
        e.preventDefault();
        if (!k.disabled) setPin((p) => (p.length < MAX_PIN_LENGTH ? p + e.key : p));
      } else if (e.key === 'Backspace') {
        e.preventDefault();
        setPin((p) => p.slice(0, -1));
      } else if (e.key === 'Enter') {
        e.preventDefault();
        k.submit();
      } else if (e.key === 'Escape') k.onBack();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <section className="pin-entry" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('access.pin.title', { name: card.name })}</h2>
      <p className="hint">{t(`roles.${card.role}`)}</p>
      <PinPad
        typed={pin.length}
        disabled={disabled}
        onDigit={(d) => setPin((p) => (p.length < MAX_PIN_LENGTH ? p + d : p))}
        onBackspace={() => setPin((p) => p.slice(0, -1))}
        onSubmit={submit}
      />
      <div className="pin-notices">
        {busy && <p role="status">{t('access.pin.checking')}</p>}
        {notice?.kind === 'wrong' && (
          <p className="error-text" role="alert">
            {t('access.pin.wrong')}
            {notice.triesLeft > 0 && !closed && ` ${t('access.pin.triesLeft', { count: notice.triesLeft })}`}
          </p>
        )}
        {notice?.kind === 'failed' && (
          <p className="error-text" role="alert">
            {t('access.pin.failed', { message: notice.message })}
          </p>
        )}
        {gate && !gate.open && (
          <p className="pin-wait" role="status">
            {gate.reason === 'wait'
              ? t('access.pin.wait', { time: waitText(t, gate.untilMs - now) })
              : t(lockedBy(failures, card.id), { time: waitText(t, gate.untilMs - now) })}
          </p>
        )}
      </div>
      <button type="button" className="btn pin-back" onClick={onBack}>
        {t('access.pin.back')}
      </button>
    </section>
  );
}

/** Whether she is locked out, or the whole tablet is (ten failures across staff). */
function lockedBy(failures: ReturnType<typeof usePinFailures>, staffId: string) {
  const mine = failures?.staff[staffId]?.failures ?? 0;
  return mine >= STAFF_LOCKOUT_FAILURES ? 'access.pin.lockedStaff' : 'access.pin.lockedDevice';
}
