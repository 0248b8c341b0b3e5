import { describe, expect, test } from 'vitest';
import type { Enrolment } from '../../shared/schemas/setup.schema';
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
  staff: { id: 'p1', name: '王丽', role: 'owner' },
} as Enrolment;

describe('readPersisted', () => {
  test('defaults to Chinese and no enrolment on a new tablet', () => {
    expect(readPersisted(memoryStorage(null))).toEqual({ language: 'zh-CN', enrolment: null });
  });

  test('reads back what was written', () => {
    const s = memoryStorage(null);
    writePersisted(s, { language: 'en', enrolment });
    expect(readPersisted(s)).toEqual({ language: 'en', enrolment });
  });

  test('falls back to defaults for garbage, and drops an enrolment with a bad role', () => {
    expect(readPersisted(memoryStorage('{not json'))).toEqual({ language: 'zh-CN', enrolment: null });
    const bad = JSON.stringify({
      language: 'fr',
      enrolment: { ...enrolment, staff: { ...enrolment.staff, role: 'god' } },
    });
    expect(readPersisted(memoryStorage(bad))).toEqual({ language: 'zh-CN', enrolment: null });
  });
});
