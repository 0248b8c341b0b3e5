import { describe, expect, test } from 'vitest';
import { exportFileName } from './export.api';

describe('exportFileName', () => {
  test('takes the name the server suggests', () => {
    expect(exportFileName('attachment; filename="floorbook-members-20261201.csv"')).toBe(
      'floorbook-members-20261201.csv',
    );
  });

  test('reads an encoded name', () => {
    expect(exportFileName("attachment; filename*=UTF-8''%E4%BC%9A%E5%91%98.csv")).toBe('会员.csv');
  });

  test('falls back to a plain name without a header', () => {
    expect(exportFileName(null)).toBe('floorbook-members.csv');
  });
});
