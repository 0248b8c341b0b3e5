import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { phoneClash } from './phone-rule';

const PHONE = '13800001234';

describe('phoneClash', () => {
  test('names the other member holding the number', () => {
    const other = { id: 'b' };
    expect(phoneClash({ memberId: 'a', phone: PHONE }, [other])).toBe(other);
    expect(phoneClash({ memberId: 'a', phone: PHONE, before: '13900000000' }, [other])).toBe(other);
    expect(phoneClash({ memberId: 'a', phone: PHONE }, [])).toBeNull();
  });

  test('a member never clashes with herself, nor by keeping her own number', () => {
    expect(phoneClash({ memberId: 'a', phone: PHONE }, [{ id: 'a' }])).toBeNull();
    expect(phoneClash({ memberId: 'a', phone: PHONE, before: PHONE }, [{ id: 'b' }])).toBeNull();
  });

  test('clashes exactly when a new number is held by someone else', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('a', 'b', 'c'),
        fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd')),
        fc.boolean(),
        (memberId, ids, kept) => {
          const holders = ids.map((id) => ({ id }));
          const clash = phoneClash({ memberId, phone: PHONE, ...(kept && { before: PHONE }) }, holders);
          const expected = kept ? null : (holders.find((h) => h.id !== memberId) ?? null);
          expect(clash).toBe(expected);
        },
      ),
    );
  });
});
