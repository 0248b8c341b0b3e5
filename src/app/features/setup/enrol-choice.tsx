import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnrolByCode } from '../../../shared/schemas/security.schema';
import type { EnrolRequest } from '../../../shared/schemas/setup.schema';
import { EnrolCodeForm } from './enrol-code-form';
import { EnrolForm } from './enrol-form';

type Method = 'code' | 'password';
const METHODS: readonly Method[] = ['code', 'password'];

export interface EnrolChoiceProps {
  busy: boolean;
  error: { message: string; field?: string; code?: string } | null;
  onCode: (request: EnrolByCode) => void;
  onPassword: (request: EnrolRequest) => void;
  /** She switched between the two ways: an error of the other one no longer applies. */
  onSwitch: () => void;
}

/** Two ways to enrol a tablet: a code a manager made elsewhere, or a manager signing in here. */
export function EnrolChoice({ busy, error, onCode, onPassword, onSwitch }: EnrolChoiceProps) {
  const { t } = useTranslation();
  const id = useId();
  const [method, setMethod] = useState<Method>('code');
  const choose = (m: Method) => {
    if (m === method) return;
    setMethod(m);
    onSwitch();
  };
  // Arrow keys move between the tabs, as the ARIA tabs pattern asks.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    const next = method === 'code' ? 'password' : 'code';
    choose(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  };
  return (
    <>
      <h2>{t('enrol.title')}</h2>
      <div className="setup-tabs" role="tablist" aria-label={t('enrol.method')} onKeyDown={onKeyDown}>
        {METHODS.map((m) => (
          <button
            key={m}
            id={`${id}-tab-${m}`}
            type="button"
            role="tab"
            className="btn"
            aria-selected={method === m}
            aria-controls={`${id}-panel`}
            tabIndex={method === m ? 0 : -1}
            onClick={() => choose(m)}
          >
            {m === 'code' ? t('enrol.byCode') : t('enrol.byPassword')}
          </button>
        ))}
      </div>
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-tab-${method}`}>
        {method === 'code' ? (
          <EnrolCodeForm busy={busy} error={error} onSubmit={onCode} />
        ) : (
          <EnrolForm busy={busy} error={error} onSubmit={onPassword} />
        )}
      </div>
    </>
  );
}
