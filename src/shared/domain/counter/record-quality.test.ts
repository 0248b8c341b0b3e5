import { describe, expect, test } from 'vitest';
import { memberFields } from '../../../../tests/fixtures/factories';
import { recordGaps, recordQuality } from './record-quality';
import { member } from './test-builders';

const birthday = { calendar: 'solar' as const, month: 5, day: 1 };

describe('record quality', () => {
  test('the seeds’ failures: a surname only, no birthday, no address', () => {
    expect(recordGaps({ name: '王', birthday: null, address: null })).toEqual([
      'surname-only',
      'no-birthday',
      'no-address',
    ]);
    expect(recordGaps({ name: '王女士', birthday, address: '南京西路1号' })).toEqual(['surname-only']);
    expect(recordGaps({ name: '王芳', birthday, address: ' ' })).toEqual(['no-address']);
    expect(recordGaps({ name: '欧阳娜娜', birthday, address: '南京西路1号' })).toEqual([]);
  });

  test('the share of complete records, and the worst first', () => {
    const q = recordQuality([
      { id: member(1), fields: memberFields({ name: '王芳', birthday, address: '南京西路1号' }) },
      { id: member(2), fields: memberFields({ name: '李', birthday: null, address: null }) },
      { id: member(3), fields: memberFields({ name: '张丽', birthday: null, address: '南京西路2号' }) },
    ]);
    expect(q).toMatchObject({ total: 3, complete: 1 });
    expect(q.share).toBeCloseTo(1 / 3);
    expect(q.worst.map((w) => w.id)).toEqual([member(2), member(3)]);
    expect(recordQuality([]).share).toBeNull();
  });
});
