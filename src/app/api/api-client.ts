import type { z } from 'zod';
import { ApiErrorBody } from '../../shared/schemas/api-error.schema';

/**
 * What an API call ends in, so callers handle every case without try/catch. A request
 * that never reached the server ends with status 0 and the code `network`.
 */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; status: number; error: ApiErrorBody };

export interface ApiRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  body?: unknown;
  token?: string;
  language: string;
}

/** The one place the app's online-only screens (set-up, enrolment) reach the server. */
export async function callApi<S extends z.ZodType>(
  req: ApiRequest,
  schema: S,
): Promise<ApiResult<z.infer<S>>> {
  let res: Response;
  try {
    res = await fetch(req.path, {
      method: req.method,
      headers: {
        'accept-language': req.language,
        ...(req.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(req.token === undefined ? {} : { authorization: `Bearer ${req.token}` }),
      },
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
    });
  } catch (err) {
    return { ok: false, status: 0, error: { code: 'network', message: String(err), retryable: true } };
  }
  const json: unknown = await res.json().catch(() => null);
  if (res.ok) {
    const parsed = schema.safeParse(json);
    if (parsed.success) return { ok: true, value: parsed.data };
    return {
      ok: false,
      status: res.status,
      error: { code: 'invalid-body', message: parsed.error.message, retryable: false },
    };
  }
  const err = ApiErrorBody.safeParse(json);
  return {
    ok: false,
    status: res.status,
    error: err.success
      ? err.data
      : { code: 'server-error', message: res.statusText, retryable: res.status >= 500 },
  };
}
