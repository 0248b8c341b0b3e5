import type { InputHTMLAttributes, ReactNode } from 'react';
import type { ReasonWords } from './field-error';
import { describedBy, FieldFrame } from './field-frame';
import { useSchemaField } from './use-schema-field';

type Attributes = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'name' | 'value' | 'onChange' | 'onBlur' | 'maxLength' | 'required' | 'children' | 'className'
>;

export interface TextFieldProps extends Attributes {
  /** Its name in the form's values, and so in the form's schema: `storeName`, `sizes.tops`. */
  name: string;
  label: string;
  hint?: string;
  /** The field's own words for a reason, over the shared ones. */
  words?: ReasonWords;
  /** Keeps what is typed in shape as it is typed (only digits of a PIN). */
  normalise?: (typed: string) => string;
  /** Several lines. */
  multiline?: boolean;
  /** Marked wrong for a reason of the form's own, besides the schema's. */
  invalid?: boolean;
  /** The id of something shown with it that describes it, such as the rules it must meet. */
  describedById?: string;
  /** Shown under the control, before what is wrong: rules it must meet. */
  children?: ReactNode;
  inputClassName?: string;
}

/** A text field of a `SchemaForm`: its length and whether it must be filled come from the schema. */
export function TextField({
  name,
  label,
  hint,
  words,
  normalise,
  multiline = false,
  invalid = false,
  describedById,
  children,
  inputClassName,
  ...attributes
}: TextFieldProps) {
  const { id, bind, value, onChange, limits, error } = useSchemaField(name, words);
  const control = {
    ...bind,
    value: typeof value === 'string' ? value : '',
    className: inputClassName,
    maxLength: limits.maxLength,
    required: limits.required,
    'aria-invalid': invalid || error !== null,
    'aria-describedby': describedBy(error, hint === undefined ? undefined : `${id}-hint`, describedById),
  };
  const change = (typed: string) => onChange(normalise ? normalise(typed) : typed);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {multiline ? (
        <textarea {...control} onChange={(e) => change(e.target.value)} />
      ) : (
        <input {...attributes} {...control} onChange={(e) => change(e.target.value)} />
      )}
      {children}
    </FieldFrame>
  );
}
