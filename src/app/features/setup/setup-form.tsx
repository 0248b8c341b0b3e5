import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { SetupRequest } from '../../../shared/schemas/setup.schema';
import { useDirtyForm } from '../../state/use-dirty-form';
import type { Refusal } from '../../ui/form/field-error';
import { FormRefusal, useRefusal } from '../../ui/form/form-refusal';
import { SchemaForm } from '../../ui/form/schema-form';
import { TextField } from '../../ui/form/text-field';
import { useSchemaForm } from '../../ui/form/use-schema-form';
import { NewPasswordField, passwordReady } from '../admin/new-password-field';
import { PinFields, pinReady } from '../admin/pin-fields';

const SetupFormValues = SetupRequest.extend({ pinAgain: z.string() });
const FIELDS = ['storeName', 'ownerName', 'password', 'ownerPin', 'deviceName'] as const;

export interface SetupFormProps {
  busy: boolean;
  error: Refusal | null;
  onSubmit: (request: SetupRequest) => void;
}

/**
 * Store name, owner, a password that passes the strength rule and the owner's PIN for the
 * tablet, each rule checked as it is typed. What she typed stays when the server refuses it.
 */
export function SetupForm({ busy, error, onSubmit }: SetupFormProps) {
  const { t } = useTranslation();
  const form = useSchemaForm(SetupFormValues, {
    storeName: '',
    ownerName: '',
    password: '',
    ownerPin: '',
    pinAgain: '',
    deviceName: t('setup.deviceNameDefault'),
  });
  useRefusal(form.setError, error, FIELDS);
  const [storeName, ownerName, password, ownerPin, pinAgain, deviceName] = useWatch({
    control: form.control,
    name: ['storeName', 'ownerName', 'password', 'ownerPin', 'pinAgain', 'deviceName'],
  });
  useDirtyForm(storeName !== '' || ownerName !== '' || password !== '' || ownerPin !== '');

  const ready =
    storeName.trim() !== '' &&
    ownerName.trim() !== '' &&
    deviceName.trim() !== '' &&
    passwordReady(password) &&
    pinReady(ownerPin, pinAgain);

  return (
    <SchemaForm
      form={form}
      schema={SetupFormValues}
      onValid={({ storeName, ownerName, password, ownerPin, deviceName }) => {
        if (!busy) onSubmit({ storeName, ownerName, password, ownerPin, deviceName });
      }}
    >
      <TextField
        name="storeName"
        label={t('setup.storeName')}
        placeholder={t('setup.storeNamePlaceholder')}
      />
      <TextField name="ownerName" label={t('setup.ownerName')} autoComplete="name" />
      <NewPasswordField name="password" label={t('setup.password')} rulesLabel={t('setup.passwordHint')} />
      <PinFields
        name="ownerPin"
        againName="pinAgain"
        label={t('setup.ownerPin')}
        againLabel={t('setup.ownerPinConfirm')}
      />
      <p className="hint">{t('setup.ownerPinHint')}</p>
      <TextField name="deviceName" label={t('setup.deviceName')} />
      <FormRefusal />
      <button type="submit" className="btn btn-primary" disabled={!ready || busy}>
        {busy ? t('setup.submitting') : t('setup.submit')}
      </button>
    </SchemaForm>
  );
}
