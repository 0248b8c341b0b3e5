import { describe, expect, test } from 'vitest';
import { downloadCounts } from './download-counts';

describe('downloadCounts', () => {
  test('counts members while members are still coming, then the history', () => {
    const members = { done: 5_000, total: 12_000 };
    expect(downloadCounts({ done: 7_000, total: 17_587, members })).toEqual({
      kind: 'members',
      done: 5_000,
      total: 12_000,
    });
    expect(downloadCounts({ done: 15_000, total: 17_587, members: { done: 12_000, total: 12_000 } })).toEqual(
      {
        kind: 'history',
        done: 3_000,
        total: 5_587,
      },
    );
  });

  test('counts rows when the server does not count members apart', () => {
    expect(downloadCounts({ done: 5_000, total: 17_587 })).toEqual({
      kind: 'rows',
      done: 5_000,
      total: 17_587,
    });
  });
});
