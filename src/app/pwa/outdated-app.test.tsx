import { afterEach, describe, expect, test } from 'vitest';
import { screen } from '@testing-library/react';
import { renderApp } from '../../../tests/fixtures/render-app';
import { httpTransport } from '../sync/http-transport';
import {
  OLDEST_SUPPORTED_PROTOCOL,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
} from '../../shared/sync/protocol.schema';
import { UpdateBanner } from './update-banner';
import { useUpdate } from './update.state';

afterEach(() => useUpdate.setState({ phase: 'idle', applyUpdate: null, server: null, outdated: false }));

/** A server applying decision 0012 with the given oldest protocol: older pushes get 426. */
function serverTaking(oldest: number) {
  return (_url: RequestInfo | URL, init?: RequestInit) => {
    const sent = Number(new Headers(init?.headers).get(PROTOCOL_HEADER));
    const body =
      sent < oldest
        ? { status: 426, json: { code: 'app-outdated', message: 'update', retryable: false } }
        : { status: 200, json: { results: [], serverTime: 0 } };
    return Promise.resolve(new Response(JSON.stringify(body.json), { status: body.status }));
  };
}

const transportTo = (oldest: number) =>
  httpTransport({
    baseUrl: 'http://server',
    token: () => 't'.repeat(24),
    clock: () => 0,
    fetch: serverTaking(oldest),
  });

/** Decision 0012, the tablet's side: it syncs with a server one protocol ahead, and is told plainly when it is too old. */
describe('an app and a newer server', () => {
  test('this app pushes to a server whose oldest supported protocol is its own or older', async () => {
    for (const oldest of new Set([OLDEST_SUPPORTED_PROTOCOL, PROTOCOL_VERSION]))
      expect((await transportTo(oldest).push([])).kind).toBe('ok');
  });

  // The engine keeps the outbox when told so (sync-engine.test.ts, "stops and asks for the update").
  test('a server that moved past this app answers "outdated", and the tablet says so', async () => {
    expect(await transportTo(PROTOCOL_VERSION + 1).push([])).toEqual({ kind: 'outdated' });
    useUpdate.getState().protocolOutdated();
    renderApp(<UpdateBanner />);
    expect(screen.getByRole('alert')).toHaveTextContent('应用版本太旧，无法继续同步。请更新。');
  });

  test('once the update is fetched, the too-old app offers it', () => {
    useUpdate.getState().protocolOutdated();
    useUpdate.getState().phaseChanged('waiting', () => undefined);
    renderApp(<UpdateBanner />);
    expect(screen.getByRole('button', { name: '重新加载' })).toBeVisible();
  });
});
