import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { NewStore } from '../../../shared/schemas/chain.schema';
import { createStore } from '../../api/chain.api';
import { useDirtyForm } from '../../state/use-dirty-form';
import { showRefusal } from '../../ui/form/field-error';
import { SchemaForm } from '../../ui/form/schema-form';
import { TextField } from '../../ui/form/text-field';
import { useSchemaForm } from '../../ui/form/use-schema-form';
import { AdminFormActions } from '../admin/admin-form-actions';
import { formError } from '../admin/error-text';
import { NewPasswordField, passwordReady } from '../admin/new-password-field';
import { PinFields, pinReady } from '../admin/pin-fields';
import { useAdminCall } from '../admin/use-admin-api';

const NewStoreValues = NewStore.extend({ again: z.string() });
const FIELDS = ['storeName', 'ownerName', 'ownerPassword', 'ownerPin'] as const;
const BLANK = { storeName: '', ownerName: '', ownerPassword: '', ownerPin: '', again: '' };

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
  const form = useSchemaForm(NewStoreValues, BLANK);
  const [storeName, ownerName, password, pin, again] = useWatch({
    control: form.control,
    name: [...FIELDS, 'again'],
  });
  const busy = form.formState.isSubmitting;
  useDirtyForm(storeName !== '' || ownerName !== '' || password !== '' || pin !== '');
  const ready =
    storeName.trim() !== '' && ownerName.trim() !== '' && passwordReady(password) && pinReady(pin, again);

  const submit = async ({ storeName, ownerName, ownerPassword, ownerPin }: NewStore) => {
    const r = await run((auth) => createStore(auth, { storeName, ownerName, ownerPassword, ownerPin }));
    if (r.ok) {
      onAdded(t('admin.chain.add.done', { store: r.value.store.name, owner: r.value.owner.name }));
      form.reset(BLANK);
    } else {
      // What she typed stays, so she corrects the one field the server named.
      showRefusal(form.setError, formError(t, r), FIELDS);
    }
  };

  return (
    <SchemaForm
      form={form}
      schema={NewStoreValues}
      onValid={submit}
      className="admin-inline-form"
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{t('admin.chain.add.title')}</h3>
      <TextField name="storeName" label={t('admin.chain.add.storeName')} autoComplete="off" />
      <TextField name="ownerName" label={t('admin.chain.add.ownerName')} autoComplete="off" />
      <NewPasswordField
        name="ownerPassword"
        label={t('admin.chain.add.ownerPassword')}
        rulesLabel={t('admin.chain.add.passwordHint')}
      />
      <PinFields
        name="ownerPin"
        againName="again"
        label={t('admin.chain.add.ownerPin')}
        againLabel={t('admin.chain.add.ownerPinConfirm')}
      />
      <p className="hint">{t('admin.chain.add.hint')}</p>
      <AdminFormActions
        canSubmit={ready && !busy}
        submitLabel={busy ? t('admin.chain.add.submitting') : t('admin.chain.add.submit')}
        closeLabel={t('common.close')}
        onClose={onClose}
      />
    </SchemaForm>
  );
}
