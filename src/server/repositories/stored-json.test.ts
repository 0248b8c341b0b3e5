import { describe, expect, test } from 'vitest';
import { MemberEvent } from '../../shared/schemas/event.schema';
import { readStored, readStoredOrNull, StoredDocumentError } from './stored-json';

const visit = {
  id: '0190a000-0000-7000-8000-000000000001',
  memberId: '0190a000-0000-7000-8000-000000000002',
  staffId: '0190a000-0000-7000-8000-000000000003',
  at: 1_800_000_000_000,
  kind: 'visit',
  payload: { notes: '喜欢浅色' },
};

describe('stored JSON read through the shared schemas', () => {
  test('a document of the right shape reads as its type', () => {
    expect(readStored(MemberEvent, JSON.stringify(visit))).toEqual(visit);
  });

  test('a rule on content added after the row was stored is not held against it', () => {
    const older = { ...visit, payload: { notes: '=HYPERLINK("x")' } };
    expect(readStored(MemberEvent, JSON.stringify(older))).toEqual(older);
  });

  test('a document of another shape, or not JSON at all, is refused, never cast', () => {
    for (const text of [
      JSON.stringify({ ...visit, at: 'yesterday' }),
      JSON.stringify({ ...visit, kind: 'teleport' }),
      JSON.stringify({ ...visit, extra: 1 }),
      '{"id":',
    ]) {
      expect(() => readStored(MemberEvent, text), text).toThrow(StoredDocumentError);
      expect(readStoredOrNull(MemberEvent, text), text).toBeNull();
    }
  });
});
