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
