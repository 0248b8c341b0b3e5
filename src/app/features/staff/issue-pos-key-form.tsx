import { useId } from 'react';
import { useWatch } from 'react-hook-form';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { NewPosKey, type IssuedPosKey } from '../../../shared/schemas/pos.schema';
import { issuePosKey } from '../../api/pos-key.api';
import { useDirtyForm } from '../../state/use-dirty-form';
import { showRefusal } from '../../ui/form/field-error';
import { SchemaForm } from '../../ui/form/schema-form';
import { TextField } from '../../ui/form/text-field';
import { useSchemaForm } from '../../ui/form/use-schema-form';
import { AdminFormActions } from '../admin/admin-form-actions';
import { formError } from '../admin/error-text';
import { useAdminCall } from '../admin/use-admin-api';

const BLANK = { label: '' } as const;

export interface IssuePosKeyFormProps {
  onIssued: (issued: IssuedPosKey) => void;
  onClose: () => void;
}

/** Owner: a name for the till the key is for; nothing typed is lost on a refusal. */
export function IssuePosKeyForm({ onIssued, onClose }: IssuePosKeyFormProps) {
  const { t } = useAdminTranslation();
  const id = useId();
  const run = useAdminCall();
  const form = useSchemaForm(NewPosKey, BLANK);
  const label = useWatch({ control: form.control, name: 'label' });
  const busy = form.formState.isSubmitting;
  useDirtyForm(label !== '');

  const submit = async ({ label }: NewPosKey) => {
    const r = await run((auth) => issuePosKey(auth, label));
    if (r.ok) {
      form.reset(BLANK);
      onIssued(r.value);
    } else {
      showRefusal(form.setError, formError(t, r), ['label']);
    }
  };

  return (
    <SchemaForm
      form={form}
      schema={NewPosKey}
      onValid={submit}
      className="admin-inline-form"
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{t('admin.posKeys.issue')}</h3>
      <TextField
        name="label"
        label={t('admin.posKeys.label')}
        hint={t('admin.posKeys.labelHint')}
        autoComplete="off"
      />
      <AdminFormActions
        canSubmit={label.trim() !== '' && !busy}
        submitLabel={busy ? t('admin.posKeys.issuing') : t('admin.posKeys.issueSubmit')}
        closeLabel={t('common.close')}
        onClose={onClose}
      />
    </SchemaForm>
  );
}
