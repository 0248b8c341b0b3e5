import { describedBy, FieldErrorText } from './field-frame';
import { useSchemaField } from './use-schema-field';

export interface CheckGroupFieldProps {
  name: string;
  legend: string;
  /** Each value she may tick, and its words. */
  options: readonly { value: string; label: string }[];
  className?: string;
}

/** Several of a list ticked at once (her styles): the field's value is the ticked values, in order. */
export function CheckGroupField({ name, legend, options, className }: CheckGroupFieldProps) {
  const { value, onChange, error } = useSchemaField(name);
  const ticked = Array.isArray(value) ? (value as string[]) : [];
  return (
    <fieldset className={className} aria-describedby={describedBy(error)}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value} className="check">
          <input
            type="checkbox"
            checked={ticked.includes(o.value)}
            onChange={(e) =>
              onChange(e.target.checked ? [...ticked, o.value] : ticked.filter((v) => v !== o.value))
            }
          />
          {o.label}
        </label>
      ))}
      <FieldErrorText error={error} />
    </fieldset>
  );
}
