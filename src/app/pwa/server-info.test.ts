import { describe, expect, test } from 'vitest';
import { readServerInfo, watchServer, type ServerInfo } from './server-info';

describe('readServerInfo', () => {
  test('reads the build the server serves, and ignores fields it does not know', () => {
    const body = {
      status: 'ok',
      version: '0.2.0',
      protocol: 2,
      extra: 1,
      app: { version: '0.2.0', build: '0.2.0+x' },
    };
    expect(readServerInfo(body)).toEqual({
      version: '0.2.0',
      protocol: 2,
      app: { version: '0.2.0', build: '0.2.0+x' },
    });
  });

  test('an older server without a build, or an answer that is not health, is read as such', () => {
    expect(readServerInfo({ status: 'ok', version: '0.1.0', protocol: 1 })?.app).toBeNull();
    expect(readServerInfo('<!doctype html>')).toBeNull();
  });
});

describe('watchServer', () => {
  test('polls again sooner while the server does not answer', async () => {
    const delays: number[] = [];
    const seen: ServerInfo[] = [];
    let answering = false;
    const { poll } = watchServer(
      {
        fetchHealth: () =>
          answering ? Promise.resolve({ version: '1', protocol: 1 }) : Promise.reject(new TypeError('down')),
        after: (ms) => {
          delays.push(ms);
          return () => undefined;
        },
        answeredEveryMs: 120_000,
        unansweredEveryMs: 10_000,
      },
      (info) => seen.push(info),
    );
    await poll();
    answering = true;
    await poll();
    expect(delays).toEqual([10_000, 120_000]);
    expect(seen).toEqual([{ version: '1', protocol: 1, app: null }]);
  });
});
