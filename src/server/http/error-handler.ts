import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import {
  API_ERROR_MESSAGES,
  pickLanguage,
  type ApiErrorBody,
  type ApiErrorCode,
} from '../../shared/schemas/api-error.schema';
import { ApiError } from './api-error';

function body(req: FastifyRequest, code: ApiErrorCode, retryable: boolean, field?: string): ApiErrorBody {
  const message = API_ERROR_MESSAGES[code][pickLanguage(req.headers['accept-language'])];
  return field === undefined ? { code, message, retryable } : { code, message, field, retryable };
}

export function sendError(
  req: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: ApiErrorCode,
  field?: string,
  retryable = false,
) {
  return reply.status(status).send(body(req, code, retryable, field));
}

/**
 * Fastify's own router failures (a URL it cannot decode, a path segment over its length limit)
 * never reach the error handler; this sends them in the one shape too.
 */
export function frameworkErrors(err: FastifyError, req: FastifyRequest, reply: FastifyReply): void {
  void sendError(req, reply, err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400, 'bad-url');
}

/** Every failure leaves the API in one shape: {code, message, field?, retryable}. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | Error, req, reply) => {
    if (err instanceof ApiError) {
      for (const [name, value] of Object.entries(err.headers)) reply.header(name, value);
      return sendError(req, reply, err.status, err.code, err.field, err.retryable);
    }
    if (err instanceof ZodError) {
      const field = err.issues[0]?.path.join('.');
      return sendError(req, reply, 422, 'invalid-field', field || undefined);
    }
    const fe = err as FastifyError;
    if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendError(req, reply, 413, 'body-too-large');
    if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return sendError(req, reply, 415, 'invalid-body');
    if (fe.statusCode === 400)
      return sendError(req, reply, 400, fe.code?.startsWith('FST_ERR_CTP') ? 'invalid-json' : 'invalid-body');
    if (fe.statusCode === 429) return sendError(req, reply, 429, 'rate-limited', undefined, true);
    req.log.error({ err }, 'unhandled error');
    return sendError(req, reply, 500, 'server-error', undefined, true);
  });
  app.setNotFoundHandler((req, reply) => sendError(req, reply, 404, 'not-found'));
}
