import { describe, expect, test } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('TRUST_PROXY', () => {
  test('trusts no proxy unless one is named', () => {
    expect(loadConfig({}, '/srv').trustProxy).toEqual([]);
    expect(loadConfig({ TRUST_PROXY: '' }, '/srv').trustProxy).toEqual([]);
  });

  test('takes addresses, ranges and range names, comma-separated', () => {
    const env = { TRUST_PROXY: ' 127.0.0.1, 10.0.0.0/8,::1 ,fd00::/8,uniquelocal' };
    expect(loadConfig(env, '/srv').trustProxy).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
      'fd00::/8',
      'uniquelocal',
    ]);
  });

  test.each(['true', 'proxy.local', '10.0.0.0/33', '10.0.0.1/8/1'])('refuses %s in one sentence', (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value }, '/srv')).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: value }, '/srv')).toThrow(/^Configuration error in TRUST_PROXY/);
  });
});

describe('TLS', () => {
  test('serves HTTPS from the store CA on a network address, the trust page on PORT + 1', () => {
    expect(loadConfig({}, '/srv').tls).toEqual({ mode: 'store-ca', httpPort: 8081, names: [] });
    expect(loadConfig({ PORT: '443', HTTP_PORT: '80', TLS_NAMES: 'floorbook.lan' }, '/srv').tls).toEqual({
      mode: 'store-ca',
      httpPort: 80,
      names: ['floorbook.lan'],
    });
  });

  test('keeps plain HTTP on loopback, which browsers treat as secure, unless TLS=on', () => {
    expect(loadConfig({ HOST: '127.0.0.1' }, '/srv').tls).toEqual({ mode: 'off' });
    expect(loadConfig({ HOST: '127.0.0.1', TLS: 'on' }, '/srv').tls.mode).toBe('store-ca');
  });

  test('serves the store’s own certificate when both files are named', () => {
    const tls = loadConfig({ TLS_CERT_FILE: 'c.pem', TLS_KEY_FILE: '/etc/k.pem' }, '/srv').tls;
    expect(tls).toMatchObject({ mode: 'own', certFile: '/srv/c.pem', keyFile: '/etc/k.pem' });
  });

  test('allows plain HTTP on a network address only behind a trusted proxy', () => {
    expect(loadConfig({ TLS: 'off', TRUST_PROXY: '10.0.0.0/8' }, '/srv').tls).toEqual({ mode: 'off' });
    expect(() => loadConfig({ TLS: 'off' }, '/srv')).toThrow(/^Configuration error: TLS=off .+ TRUST_PROXY/);
  });

  test.each([
    [{ TLS_CERT_FILE: 'c.pem' }, /TLS_CERT_FILE and TLS_KEY_FILE together/],
    [{ TLS: 'off', TLS_CERT_FILE: 'c', TLS_KEY_FILE: 'k', TRUST_PROXY: 'loopback' }, /contradicts/],
    [{ PORT: '8443', HTTP_PORT: '8443' }, /HTTP_PORT must differ from PORT/],
    [{ TLS: 'yes' }, /^Configuration error in TLS:/],
    [{ TLS_NAMES: 'floor book' }, /^Configuration error in TLS_NAMES/],
  ])('refuses %o in one sentence', (env, message) => {
    expect(() => loadConfig(env, '/srv')).toThrow(ConfigError);
    expect(() => loadConfig(env, '/srv')).toThrow(message);
  });
});
