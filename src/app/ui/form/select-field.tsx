import type { SelectHTMLAttributes } from 'react';
import { describedBy, FieldFrame } from './field-frame';
import { useSchemaField } from './use-schema-field';

export interface SelectFieldProps extends Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'id' | 'name' | 'value' | 'onChange' | 'children'
> {
  name: string;
  label: string;
  /** Each choice and its words; an empty value stands for "not set". */
  options: readonly { value: string; label: string }[];
  /** What else follows from a choice (a size for the category picked). */
  onPicked?: (value: string) => void;
}

/** A choice of a `SchemaForm`, from the values its schema allows. */
export function SelectField({ name, label, options, onPicked, ...attributes }: SelectFieldProps) {
  const { id, bind, value, onChange, error } = useSchemaField(name);
  return (
    <FieldFrame id={id} label={label} error={error}>
      <select
        {...attributes}
        {...bind}
        value={typeof value === 'string' ? value : ''}
        onChange={(e) => {
          onChange(e.target.value);
          onPicked?.(e.target.value);
        }}
        aria-invalid={error !== null}
        aria-describedby={describedBy(error)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
