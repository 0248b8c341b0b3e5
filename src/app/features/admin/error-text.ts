import type { TFunction } from 'i18next';
import type { ApiRefusal } from '../../api/api-client';

/**
 * A refused call in the user's words: the server's own message (already in her language), or
 * ours when the server was never reached or answered in a shape this app cannot read.
 */
export function errorText(t: TFunction, r: ApiRefusal): string {
  if (r.error.code === 'network') return t('admin.network');
  // A success status with a body that failed the schema: a server newer or older than the app.
  if (r.status < 400) return t('admin.unreadable');
  return r.error.message;
}

/** A refusal as a form shows it: the sentence, and the field the server named, to mark and keep. */
export interface FormError {
  message: string;
  field?: string;
}

export function formError(t: TFunction, r: ApiRefusal): FormError {
  const message = errorText(t, r);
  return r.error.field ? { message, field: r.error.field } : { message };
}
