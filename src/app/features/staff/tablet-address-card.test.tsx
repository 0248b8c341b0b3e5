import { describe, expect, test, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../../../tests/fixtures/render-app';
import {
  fakeApi,
  json,
  noContent,
  onlineAdminTests,
  signInAs,
} from '../../../../tests/fixtures/admin-fixtures';
import { TabletAddressCard } from './tablet-address-card';

onlineAdminTests();

const served = (addresses: { app: string; trust: string | null }[]) =>
  fakeApi((call) => (call.path === '/api/server/addresses' ? json({ addresses }) : noContent()));

describe('TabletAddressCard', () => {
  test('shows every address and a QR code of the first trust page', async () => {
    signInAs('owner', { name: '王丽' });
    served([
      { app: 'https://192.168.1.20:8080/', trust: 'http://192.168.1.20:8081/' },
      { app: 'https://10.0.0.7:8080/', trust: 'http://10.0.0.7:8081/' },
    ]);
    renderApp(<TabletAddressCard />);
    const card = await screen.findByRole('region', { name: '新平板连接服务器' });
    expect(within(card).getByText('https://10.0.0.7:8080/')).toBeInTheDocument();
    expect(within(card).getByText('http://192.168.1.20:8081/')).toBeInTheDocument();
    expect(
      await within(card).findByRole('img', { name: 'http://192.168.1.20:8081/ 的二维码' }),
    ).toBeInTheDocument();
  });

  test('shows nothing when the server serves plain HTTP and knows no tablet address', async () => {
    signInAs('owner', { name: '王丽' });
    const calls = served([]);
    const { container } = renderApp(<TabletAddressCard />);
    await vi.waitFor(() => expect(calls.some((c) => c.path === '/api/server/addresses')).toBe(true));
    expect(container).toBeEmptyDOMElement();
  });
});
