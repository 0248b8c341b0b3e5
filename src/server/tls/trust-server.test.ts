import { describe, expect, test } from 'vitest';
import { X509Certificate } from 'node:crypto';
import { buildCaCertificate, newKeyPair } from './certificate-builder';
import { buildTrustServer } from './trust-server';

const caCertPem = buildCaCertificate(newKeyPair(), 'Floorbook store CA (till)', new Date(), 30);

describe('the trust port', () => {
  test('offers the store CA as a certificate, a PEM file and an iPad profile', async () => {
    const app = buildTrustServer({ httpsPort: 8080, caCertPem, fallbackHost: '192.168.1.20' });
    const crt = await app.inject({ url: '/floorbook-store-ca.crt' });
    expect(new X509Certificate(crt.rawPayload).fingerprint256).toBe(
      new X509Certificate(caCertPem).fingerprint256,
    );
    expect((await app.inject({ url: '/floorbook-store-ca.pem' })).body).toBe(caCertPem);
    const profile = await app.inject({ url: '/floorbook-store.mobileconfig' });
    expect(profile.body).toContain('<string>com.apple.security.root</string>');
    const page = await app.inject({ url: '/', headers: { host: '192.168.1.20:8081' } });
    expect(page.body).toContain('href="https://192.168.1.20:8080/"');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
  });

  test('sends everything else to HTTPS on the host the tablet used', async () => {
    const app = buildTrustServer({ httpsPort: 8443, caCertPem, fallbackHost: '192.168.1.20' });
    const res = await app.inject({ url: '/members/1?x=2', headers: { host: 'till.local:8081' } });
    expect(res.statusCode).toBe(308);
    expect(res.headers.location).toBe('https://till.local:8443/members/1?x=2');
  });

  test('never echoes a strange Host into the redirect', async () => {
    const app = buildTrustServer({ httpsPort: 8443, caCertPem, fallbackHost: '192.168.1.20' });
    const res = await app.inject({ url: '/api/health', headers: { host: 'evil.example/x@y' } });
    expect(res.headers.location).toBe('https://192.168.1.20:8443/api/health');
  });

  test('with the store’s own certificate, only redirects', async () => {
    const app = buildTrustServer({ httpsPort: 443, caCertPem: null, fallbackHost: 'vip.example.com' });
    const res = await app.inject({ url: '/', headers: { host: 'vip.example.com' } });
    expect(res.headers.location).toBe('https://vip.example.com/');
    expect((await app.inject({ url: '/floorbook-store-ca.crt' })).statusCode).toBe(308);
  });
});
