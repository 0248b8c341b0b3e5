import { describe, expect, test } from 'vitest';
import type { DeviceEnrolment } from '../../shared/schemas/security.schema';
import { readPersisted, writePersisted } from './persisted';

function memoryStorage(initial: string | null) {
  let value = initial;
  return {
    getItem: () => value,
    setItem: (_k: string, v: string) => {
      value = v;
    },
  };
}

const enrolment = {
  store: { id: 's1', name: '静安店' },
  device: { id: 'd1', token: 'tok' },
} as DeviceEnrolment;

describe('readPersisted', () => {
  test('defaults to Chinese and no enrolment on a new tablet', () => {
    expect(readPersisted(memoryStorage(null))).toEqual({ language: 'zh-CN', enrolment: null });
  });

  test('reads back what was written', () => {
    const s = memoryStorage(null);
    writePersisted(s, { language: 'en', enrolment });
    expect(readPersisted(s)).toEqual({ language: 'en', enrolment });
  });

  test('reads an enrolment an older release kept with its staff member, leaving her out', () => {
    const old = JSON.stringify({
      language: 'zh-CN',
      enrolment: { ...enrolment, staff: { id: 'p1', name: '王丽', role: 'owner' } },
    });
    expect(readPersisted(memoryStorage(old))).toEqual({ language: 'zh-CN', enrolment });
  });

  test('falls back to defaults for garbage, and drops an enrolment without its device token', () => {
    expect(readPersisted(memoryStorage('{not json'))).toEqual({ language: 'zh-CN', enrolment: null });
    const bad = JSON.stringify({ language: 'fr', enrolment: { ...enrolment, device: { id: 'd1' } } });
    expect(readPersisted(memoryStorage(bad))).toEqual({ language: 'zh-CN', enrolment: null });
  });
});
