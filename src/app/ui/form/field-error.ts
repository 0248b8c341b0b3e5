import type { TFunction } from 'i18next';
import type { FieldError, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isInvalidReason, type InvalidReason } from '../../../shared/schemas/invalid-reason';

/** An error the server sent: already in the user's language, and worth announcing when it comes. */
const SERVER = 'server';

/** Words of a field's own for some reasons (her name, not "this"), over the shared ones. */
export type ReasonWords = Partial<Record<InvalidReason, string>>;

/** What is wrong with a field, in the user's language. */
export function fieldErrorText(t: TFunction, error: FieldError, words: ReasonWords = {}): string {
  if (error.type === SERVER) return error.message ?? '';
  const reason = error.message !== undefined && isInvalidReason(error.message) ? error.message : 'invalid';
  return words[reason] ?? t(`member.invalid.${reason}`);
}

export const isServerError = (error: FieldError): boolean => error.type === SERVER;

/** A refusal from the server, as the forms get it: its sentence, and the field it names, if any. */
export interface Refusal {
  message: string;
  field?: string;
}

/**
 * Puts a refusal beside the field it names, when that field is one of the form's, or else above
 * the form's buttons (`root.server`). What she typed stays either way.
 */
export function showRefusal<T extends FieldValues>(
  setError: UseFormSetError<T>,
  refusal: Refusal,
  fields: readonly Path<T>[] | readonly string[],
): void {
  const field = fields.find((f) => f === refusal.field) as Path<T> | undefined;
  setError(field ?? 'root.server', { type: SERVER, message: refusal.message });
}
