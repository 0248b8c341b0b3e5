import type { ApiErrorCode } from '../../shared/schemas/api-error.schema';

/** An error the API answers with its one error shape; thrown by routes and services. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    readonly field?: string,
    readonly retryable = false,
    /** Headers the answer carries, such as Retry-After or Clear-Site-Data. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(code);
  }
}
