import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import { EnrolByCode } from '../../../shared/schemas/security.schema';
import type { Refusal } from '../../ui/form/field-error';
import { useRefusal } from '../../ui/form/form-refusal';
import { SchemaForm } from '../../ui/form/schema-form';
import { TextField } from '../../ui/form/text-field';
import { useSchemaForm } from '../../ui/form/use-schema-form';
import { EnrolFormFoot } from './enrol-form-foot';

const CODE_LENGTH = 8;
const FIELDS = ['code', 'deviceName'] as const;

/** A code as typed: upper case, letters and digits only, so "ab12 cd34" becomes "AB12CD34". */
export function normaliseCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .slice(0, CODE_LENGTH);
}

export interface EnrolCodeFormProps {
  busy: boolean;
  error: (Refusal & { code?: string }) | null;
  onSubmit: (request: EnrolByCode) => void;
}

/** The 8-character code a manager made on an enrolled tablet, and a name for this one. */
export function EnrolCodeForm({ busy, error, onSubmit }: EnrolCodeFormProps) {
  const { t } = useTranslation();
  const form = useSchemaForm(EnrolByCode, { code: '', deviceName: '' });
  // A code the server does not know is about the code, whether or not the answer names it.
  const refusal = useMemo(
    () => (error?.code === 'enrol-code-invalid' ? { field: 'code', ...error } : error),
    [error],
  );
  useRefusal(form.setError, refusal, FIELDS);
  const [code, deviceName] = useWatch({ control: form.control, name: FIELDS });
  const ready = code.length === CODE_LENGTH && deviceName.trim() !== '';
  return (
    <SchemaForm
      form={form}
      schema={EnrolByCode}
      onValid={(request) => {
        if (!busy) onSubmit(request);
      }}
    >
      <p className="hint">{t('enrol.codeLead')}</p>
      <TextField
        name="code"
        label={t('enrol.code')}
        hint={t('enrol.codeHint')}
        normalise={normaliseCode}
        inputClassName="enrol-code-input"
        autoComplete="off"
        autoCapitalize="characters"
        autoCorrect="off"
        spellCheck={false}
      />
      <EnrolFormFoot ready={ready} busy={busy} />
    </SchemaForm>
  );
}
