import { useId, useState, type SyntheticEvent } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { passwordProblems, type PasswordProblem } from '../../../shared/domain/password-strength';
import { createStore } from '../../api/chain.api';
import { useDirtyForm } from '../../state/use-dirty-form';
import { formError, type FormError } from '../admin/error-text';
import { PinFields, pinReady } from '../admin/pin-fields';
import { useAdminCall } from '../admin/use-admin-api';

const RULES: readonly PasswordProblem[] = ['too-short', 'needs-letter', 'needs-digit', 'too-repetitive'];

export interface AddStoreFormProps {
  onAdded: (message: string) => void;
  onClose: () => void;
}

/**
 * Head office: a new store and its owner, with the password rules set-up shows and her PIN.
 * The owner enrols the store's first tablet herself with that name and password.
 */
export function AddStoreForm({ onAdded, onClose }: AddStoreFormProps) {
  const { t } = useAdminTranslation();
  const id = useId();
  const run = useAdminCall();
  const [storeName, setStoreName] = useState('');
  const [ownerName, setOwnerName] = useState('');
  const [password, setPassword] = useState('');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FormError | null>(null);
  useDirtyForm(storeName !== '' || ownerName !== '' || password !== '' || pin !== '');
  const problems = passwordProblems(password);
  const ready =
    storeName.trim() !== '' && ownerName.trim() !== '' && problems.length === 0 && pinReady(pin, again);

  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (!ready || busy) return;
    setBusy(true);
    setError(null);
    const body = {
      storeName: storeName.trim(),
      ownerName: ownerName.trim(),
      ownerPassword: password,
      ownerPin: pin,
    };
    void run((auth) => createStore(auth, body)).then((r) => {
      setBusy(false);
      if (r.ok) {
        onAdded(t('admin.chain.add.done', { store: r.value.store.name, owner: r.value.owner.name }));
        setStoreName('');
        setOwnerName('');
        setPassword('');
        setPin('');
        setAgain('');
      } else {
        // What she typed stays, so she corrects the one field the server named.
        setError(formError(t, r));
      }
    });
  };

  return (
    <form className="admin-inline-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('admin.chain.add.title')}</h3>
      <div className="field">
        <label htmlFor={`${id}-store`}>{t('admin.chain.add.storeName')}</label>
        <input
          id={`${id}-store`}
          value={storeName}
          maxLength={60}
          autoComplete="off"
          aria-invalid={error?.field === 'storeName'}
          onChange={(e) => setStoreName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-owner`}>{t('admin.chain.add.ownerName')}</label>
        <input
          id={`${id}-owner`}
          value={ownerName}
          maxLength={40}
          autoComplete="off"
          aria-invalid={error?.field === 'ownerName'}
          onChange={(e) => setOwnerName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('admin.chain.add.ownerPassword')}</label>
        <input
          id={`${id}-password`}
          type="password"
          value={password}
          autoComplete="new-password"
          aria-describedby={`${id}-password-rules`}
          aria-invalid={error?.field === 'ownerPassword'}
          onChange={(e) => setPassword(e.target.value)}
        />
        <ul id={`${id}-password-rules`} className="pin-rules" aria-label={t('admin.chain.add.passwordHint')}>
          {RULES.map((rule) => (
            <li key={rule} data-state={password === '' ? 'open' : problems.includes(rule) ? 'bad' : 'ok'}>
              {t(`setup.problems.${rule}`)}
            </li>
          ))}
        </ul>
      </div>
      <PinFields
        label={t('admin.chain.add.ownerPin')}
        againLabel={t('admin.chain.add.ownerPinConfirm')}
        pin={pin}
        again={again}
        onPin={setPin}
        onAgain={setAgain}
        invalid={error?.field === 'ownerPin'}
      />
      <p className="hint">{t('admin.chain.add.hint')}</p>
      {error && (
        <p className="error-text" role="alert">
          {error.message}
        </p>
      )}
      <div className="admin-actions">
        <button type="submit" className="btn btn-primary" disabled={!ready || busy}>
          {busy ? t('admin.chain.add.submitting') : t('admin.chain.add.submit')}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </form>
  );
}
