import { describe, expect, test } from 'vitest';
import { canMutate } from './permissions';

describe('who may make which change', () => {
  test('associates record the floor and keep profiles, but remove nothing', () => {
    for (const kind of ['member.create', 'member.update', 'event.record'] as const)
      expect(canMutate('associate', kind)).toBe(true);
    expect(canMutate('associate', 'member.delete')).toBe(false);
    expect(canMutate('associate', 'member.erase')).toBe(false);
  });
  test('a manager removes a record entered by mistake; only the owner erases a member', () => {
    expect(canMutate('manager', 'member.delete')).toBe(true);
    expect(canMutate('manager', 'member.erase')).toBe(false);
    expect(canMutate('owner', 'member.erase')).toBe(true);
  });
});
