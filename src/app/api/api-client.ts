import type { z } from 'zod';
import { ApiErrorBody } from '../../shared/schemas/api-error.schema';
import { SESSION_HEADER } from '../../shared/schemas/security.schema';

/**
 * What an API call ends in, so callers handle every case without try/catch. A request
 * that never reached the server ends with status 0 and the code `network`.
 */
export type ApiResult<T> = { ok: true; value: T } | ApiRefusal;
export interface ApiRefusal {
  ok: false;
  status: number;
  error: ApiErrorBody;
}

/** What a manager's or owner's call carries: the device credential and her staff session (decision 0008). */
export interface StaffAuth {
  token: string;
  session: string;
  language: string;
}

/** A refusal that means "confirm your PIN again": the session is missing, expired or ended. */
export function isSessionRefusal(r: ApiRefusal): boolean {
  return r.status === 401 && (r.error.code === 'session-required' || r.error.code === 'session-expired');
}

export interface ApiRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  /** The device credential. */
  token?: string;
  /** A staff session token, for the routes of managers and owners (decision 0008). */
  session?: string;
  language: string;
}

/** The one place the app's online-only screens (set-up, enrolment, staff, devices, audit) reach the server. */
export async function callApi<S extends z.ZodType>(
  req: ApiRequest,
  schema: S,
): Promise<ApiResult<z.infer<S>>> {
  let res: Response;
  try {
    res = await fetch(req.path, {
      method: req.method,
      headers: requestHeaders(req),
      // A file goes as its bytes (an import); anything else as JSON.
      body: req.body === undefined || req.body instanceof Blob ? req.body : JSON.stringify(req.body),
    });
  } catch (err) {
    return unreachable(err);
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
  return refusal(res, json);
}

/** The headers of a call: language, credentials, and the body's type when there is one. */
export function requestHeaders(req: Omit<ApiRequest, 'method' | 'path'>): Record<string, string> {
  return {
    'accept-language': req.language,
    ...(req.body === undefined
      ? {}
      : { 'content-type': req.body instanceof Blob ? 'application/octet-stream' : 'application/json' }),
    ...(req.token === undefined ? {} : { authorization: `Bearer ${req.token}` }),
    ...(req.session === undefined ? {} : { [SESSION_HEADER]: req.session }),
  };
}

/** A refused call in the one error shape, whatever the server (or a proxy in front of it) sent. */
export function refusal(res: Response, json: unknown): ApiRefusal {
  const err = ApiErrorBody.safeParse(json);
  return {
    ok: false,
    status: res.status,
    error: err.success
      ? err.data
      : { code: 'server-error', message: res.statusText, retryable: res.status >= 500 },
  };
}

/** A call that never reached the server. */
export function unreachable(err: unknown): ApiRefusal {
  return { ok: false, status: 0, error: { code: 'network', message: String(err), retryable: true } };
}
