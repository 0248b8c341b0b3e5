import type { ReactNode } from 'react';
import { describedBy, FieldErrorText } from './field-frame';
import type { ReasonWords } from './field-error';
import { useSchemaField } from './use-schema-field';

export interface CheckFieldProps {
  name: string;
  label: string;
  words?: ReasonWords;
  /** Its error is announced as it comes: a box she must tick before anything is saved. */
  announce?: boolean;
  /** Shown between the box and what is wrong with it: why it is asked. */
  children?: ReactNode;
}

/** A yes-or-no of a `SchemaForm`, the whole line a touch target. */
export function CheckField({ name, label, words, announce = false, children }: CheckFieldProps) {
  const { id, bind, value, onChange, error } = useSchemaField(name, words, announce);
  return (
    <>
      <label className="check" htmlFor={id}>
        <input
          {...bind}
          type="checkbox"
          checked={value === true}
          onChange={(e) => onChange(e.target.checked)}
          aria-invalid={error !== null}
          aria-describedby={describedBy(error)}
        />
        {label}
      </label>
      {children}
      <FieldErrorText error={error} />
    </>
  );
}
