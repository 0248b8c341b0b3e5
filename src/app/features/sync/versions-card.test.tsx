import { afterEach, describe, expect, test } from 'vitest';
import { act, screen } from '@testing-library/react';
import { renderApp } from '../../../../tests/fixtures/render-app';
import { PROTOCOL_VERSION } from '../../../shared/sync/protocol.schema';
import { useUpdate } from '../../pwa/update.state';
import { VersionsCard } from './versions-card';

afterEach(() => useUpdate.setState({ server: null }));

describe('VersionsCard', () => {
  test("shows this app's version and, once the server answered, the build it serves", () => {
    renderApp(<VersionsCard />);
    // Unbuilt under test, the app calls itself `dev`.
    expect(screen.getByTestId('app-version')).toHaveTextContent(`dev · 同步协议 ${PROTOCOL_VERSION}`);
    expect(screen.getByTestId('server-version')).toHaveTextContent('还没连上服务器');
    const build = `0.3.0+${Date.UTC(2026, 11, 4, 6, 50).toString(36)}`;
    act(() =>
      useUpdate
        .getState()
        .serverAnswered({ version: '0.3.0', protocol: 3, app: { version: '0.3.0', build } }),
    );
    expect(screen.getByTestId('server-version')).toHaveTextContent(
      /^0\.3\.0 · 2026-12-04 \d\d:\d\d · 同步协议 3$/,
    );
  });

  test('names the server by its own version when it serves no app', () => {
    useUpdate.getState().serverAnswered({ version: '0.3.0', protocol: 3, app: null });
    renderApp(<VersionsCard />, { language: 'en' });
    expect(screen.getByTestId('server-version')).toHaveTextContent(/^0\.3\.0 · sync protocol 3$/);
  });
});
