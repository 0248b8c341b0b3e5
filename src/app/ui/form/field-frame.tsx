import type { ReactNode } from 'react';
import type { ShownError } from './use-schema-field';

/** What is wrong, beside the field it is about. */
export function FieldErrorText({ error }: { error: ShownError | null }) {
  if (!error) return null;
  return (
    <p id={error.id} className="error-text" role={error.alert ? 'alert' : undefined}>
      {error.text}
    </p>
  );
}

/** The ids a control is described by: its error first, then its hint and anything else it names. */
export function describedBy(error: ShownError | null, ...others: (string | undefined)[]): string | undefined {
  const ids = [error?.id, ...others].filter((x) => x !== undefined);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** Label above, control, then its hint and what is wrong with it: the one frame of every field. */
export function FieldFrame({
  id,
  label,
  hint,
  error = null,
  children,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: ShownError | null;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint !== undefined && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldErrorText error={error} />
    </div>
  );
}
