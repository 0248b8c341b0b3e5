import { useLayoutEffect } from 'react';
import { useFormContext, type FieldValues, type Path, type UseFormSetError } from 'react-hook-form';
import { showRefusal, type Refusal } from './field-error';

/** The server's refusal of a whole form (it named no field of it), above the form's buttons. */
export function FormRefusal() {
  const { formState } = useFormContext();
  const message = formState.errors.root?.server?.message;
  if (message === undefined) return null;
  return (
    <p className="error-text" role="alert">
      {message}
    </p>
  );
}

/**
 * A refusal handed down by the screen that sent the form, shown like one the form got itself.
 * `fields` must keep its identity between renders (a module constant).
 */
export function useRefusal<T extends FieldValues>(
  setError: UseFormSetError<T>,
  refusal: Refusal | null,
  fields: readonly Path<T>[],
): void {
  // Before paint, and in the same render pass: the refusal and the marked field appear together.
  useLayoutEffect(() => {
    if (refusal) showRefusal(setError, refusal, fields);
  }, [setError, refusal, fields]);
}
