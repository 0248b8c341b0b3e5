import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useController } from 'react-hook-form';
import { useFormSchema } from './schema-form';
import { fieldSchema, limitsOf, type SchemaLimits } from './schema-limits';
import { fieldErrorText, isServerError, type ReasonWords } from './field-error';

export interface ShownError {
  id: string;
  text: string;
  /** Announced as it comes (a server's answer, or a refusal she must see): role="alert". */
  alert: boolean;
}

/**
 * One field of the surrounding `SchemaForm`: its value, its limits read from the form's schema,
 * and what is wrong with it in the user's language, with the ids that tie them to the control.
 */
export function useSchemaField(name: string, words?: ReasonWords, announce = false) {
  const { t } = useTranslation();
  const id = useId();
  const schema = useFormSchema();
  const { field, fieldState } = useController({ name });
  const own = schema ? fieldSchema(schema, name) : undefined;
  const limits: SchemaLimits = own ? limitsOf(own) : { required: false };
  const error: ShownError | null = fieldState.error
    ? {
        id: `${id}-error`,
        text: fieldErrorText(t, fieldState.error, words),
        alert: announce || isServerError(fieldState.error),
      }
    : null;
  const { ref, name: fieldName, onBlur } = field;
  return {
    id,
    /** What every control of it takes as it is. */
    bind: { id, name: fieldName, ref, onBlur },
    value: field.value as unknown,
    onChange: field.onChange,
    limits,
    error,
  };
}
