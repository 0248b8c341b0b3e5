import { describe, expect, test } from 'vitest';
import type { AuditLine } from '../../../shared/schemas/security.schema';
import { oneRowPerSignIn } from './one-sign-in';

const AT = Date.UTC(2026, 11, 4, 6);
const signIn = (id: string, at: number, server: boolean, staffName = '李娜'): AuditLine => ({
  id,
  at,
  action: 'sign-in',
  staffName,
  deviceName: '收银台平板',
  memberId: null,
  detail: server ? '{"via":"pin"}' : null,
});

describe('oneRowPerSignIn', () => {
  test('shows a PIN switch checked by the tablet and the server as one row', () => {
    const lines = [signIn('s', AT + 900, true), signIn('t', AT, false)];
    expect(oneRowPerSignIn(lines).map((l) => l.id)).toEqual(['s']);
  });

  test('shows a switch and the server confirming her moments later as one row', () => {
    const lines = [signIn('gate', AT + 20_000, true), signIn('s', AT + 900, true), signIn('t', AT, false)];
    expect(oneRowPerSignIn(lines).map((l) => l.id)).toEqual(['gate']);
  });

  test('keeps sign-ins of other staff, far apart, or with something else between them', () => {
    const view: AuditLine = { ...signIn('v', AT + 30_000, false), action: 'profile.view' };
    const lines = [
      signIn('1', AT + 10 * 60_000, true),
      signIn('2', AT + 10 * 60_000 - 500, false),
      signIn('3', AT + 60_000, true, '周婷'),
      view,
      signIn('4', AT, false),
      signIn('5', AT - 5 * 60_000, true),
    ];
    expect(oneRowPerSignIn(lines).map((l) => l.id)).toEqual(['1', '3', 'v', '4', '5']);
  });
});
