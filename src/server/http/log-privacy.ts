import type { FastifyServerOptions } from 'fastify';

/** Fastify's logger options (pino's among them), as an object. */
type LoggerOptions = Exclude<FastifyServerOptions['logger'], boolean | undefined>;

const HIDDEN = '[redacted]';

// Names of what must never reach a log line: credentials (device token, staff session, ticket,
// password, PIN, cookies) and personal data (phone, free-text reasons and notes). Matched at any
// of the first three levels of a logged object. Bodies are never logged, so an enrol code or a
// member's name has no way in; `code` and `name` stay readable on errors.
const SENSITIVE_KEYS = [
  'authorization',
  'cookie',
  'set-cookie',
  'x-floorbook-session',
  'token',
  'ticket',
  'session',
  'password',
  'pin',
  'phone',
  'reason',
  'notes',
  // A PostgreSQL error's detail quotes the row's values, e.g. "Key (phone)=(13912345678)".
  'detail',
];
// Header names hold a dash, so every key is written in brackets, which the redaction paths accept.
const REDACT_PATHS = SENSITIVE_KEYS.flatMap((key) => [`["${key}"]`, `*["${key}"]`, `*.*["${key}"]`]);

/**
 * The path of a request without its query: a query can carry what a log must not keep, so it is
 * written only as present. The app itself sends nothing secret in a URL; this keeps an old
 * tablet's or a stranger's URL out of the log as well.
 */
export function pathForLog(url: string): string {
  const q = url.indexOf('?');
  return q < 0 ? url : `${url.slice(0, q)}?${HIDDEN}`;
}

/**
 * Fastify's logger, JSON lines at `level`, keeping no secret and no personal data (issue 10):
 * a request is logged by method and path only (no headers, no query, no body), and known
 * sensitive fields of anything else logged are replaced.
 */
export function privateLogger(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: HIDDEN },
    serializers: {
      req: (req: { method: string; url: string; ip?: string }) => ({
        method: req.method,
        url: pathForLog(req.url),
        remoteAddress: req.ip,
      }),
    },
  };
}
