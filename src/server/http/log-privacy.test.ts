import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, test } from 'vitest';
import { pathForLog, privateLogger } from './log-privacy';

/** A Fastify logger as buildApp makes it, writing into a string. */
function capturedLogger() {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString();
      done();
    },
  });
  const app = Fastify({ logger: { ...privateLogger('info'), stream } });
  return { log: app.log, text: () => text };
}

describe('privateLogger', () => {
  test('replaces credentials and personal data wherever a logged object carries them', () => {
    const { log, text } = capturedLogger();
    log.info(
      {
        headers: {
          authorization: 'Bearer device-token-0123456789',
          cookie: 'sid=cookie-secret',
          'x-floorbook-session': 'session-secret-0123',
        },
        body: { phone: '13912345678', reason: '核对回访名单', pin: '258036', password: 'pw-secret' },
        ticket: 'ticket-secret',
        err: { code: '23505', detail: 'Key (phone)=(13912345678) already exists.' },
      },
      'something happened',
    );
    const line = text();
    for (const secret of [
      'device-token-0123456789',
      'cookie-secret',
      'session-secret-0123',
      '13912345678',
      '核对回访名单',
      '258036',
      'pw-secret',
      'ticket-secret',
    ])
      expect(line).not.toContain(secret);
    // What helps an operator stays: the message and an error's code.
    expect(line).toContain('something happened');
    expect(line).toContain('"code":"23505"');
  });
});

describe('pathForLog', () => {
  test('keeps the path and says only that a query was there', () => {
    expect(pathForLog('/api/sync/events?token=abc')).toBe('/api/sync/events?[redacted]');
    expect(pathForLog('/api/health')).toBe('/api/health');
  });
});
