import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import { EnrolRequest } from '../../../shared/schemas/setup.schema';
import type { Refusal } from '../../ui/form/field-error';
import { useRefusal } from '../../ui/form/form-refusal';
import { SchemaForm } from '../../ui/form/schema-form';
import { TextField } from '../../ui/form/text-field';
import { useSchemaForm } from '../../ui/form/use-schema-form';
import { EnrolFormFoot } from './enrol-form-foot';

const FIELDS = ['staffName', 'password', 'deviceName'] as const;

export interface EnrolFormProps {
  busy: boolean;
  error: Refusal | null;
  onSubmit: (request: EnrolRequest) => void;
}

/**
 * A manager or the owner signs in on this tablet with name and password to enrol it into the
 * store; she is signed in on it afterwards.
 */
export function EnrolForm({ busy, error, onSubmit }: EnrolFormProps) {
  const { t } = useTranslation();
  const form = useSchemaForm(EnrolRequest, { staffName: '', password: '', deviceName: '' });
  useRefusal(form.setError, error, FIELDS);
  const [staffName, password, deviceName] = useWatch({ control: form.control, name: FIELDS });
  const ready = staffName.trim() !== '' && password !== '' && deviceName.trim() !== '';
  return (
    <SchemaForm
      form={form}
      schema={EnrolRequest}
      onValid={(request) => {
        if (!busy) onSubmit(request);
      }}
    >
      <TextField name="staffName" label={t('enrol.staffName')} />
      <TextField
        name="password"
        label={t('enrol.password')}
        type="password"
        autoComplete="current-password"
      />
      <EnrolFormFoot ready={ready} busy={busy} />
    </SchemaForm>
  );
}
