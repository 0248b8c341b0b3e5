import { describe, expect, test } from 'vitest';
import { searchKeysOf } from '../../shared/domain/search-keys';
import { matchesPinyin } from './pinyin-match';

const matches = (letters: string, name: string, wholeSyllable = false) => {
  const keys = searchKeysOf(name);
  return matchesPinyin(letters, keys.pinyin, keys.initials, wholeSyllable);
};

describe('matchesPinyin', () => {
  test.each([
    'z',
    'zh',
    'zhang',
    'zx',
    'zxm',
    'zhangx',
    'zhangxm',
    'zxiaom',
    'zhangxiaom',
    'zhangxiaomei',
    'zhxim',
  ])('张晓梅 is found by %s', (letters) => {
    expect(matches(letters, '张晓梅')).toBe(true);
  });

  test.each(['x', 'xm', 'xiaomei', 'zm', 'zhangm', 'zhangxiaomeii', 'zha ng', 'a', ''])(
    '张晓梅 is not found by %j',
    (letters) => {
      expect(matches(letters, '张晓梅')).toBe(false);
    },
  );

  test('finds names whose syllable breaks are ambiguous without the initials', () => {
    expect(matches('xa', '先安')).toBe(true);
    expect(matches('xianan', '先安')).toBe(true);
    expect(matches('xiana', '先安')).toBe(true);
    expect(matches('xa', '西安')).toBe(true);
    expect(matches('xan', '西安')).toBe(true);
  });

  test('reads compound surnames and latin names as their syllables', () => {
    expect(matches('oynn', '欧阳娜娜')).toBe(true);
    expect(matches('ouyn', '欧阳娜娜')).toBe(true);
    expect(matches('annal', 'Anna 李')).toBe(true);
    expect(matches('al', 'Anna 李')).toBe(true);
  });

  test('with whole syllables, the letters must end where a syllable ends', () => {
    expect(matches('chen', '陈静', true)).toBe(true);
    expect(matches('chen', '程静', true)).toBe(false);
    expect(matches('chen', '程静')).toBe(true);
    expect(matches('zhangxiao', '张晓梅', true)).toBe(true);
    expect(matches('zhangxia', '张晓梅', true)).toBe(false);
    expect(matches('zxm', '张晓梅', true)).toBe(false);
    expect(matches('zx', '张晓梅', true)).toBe(false);
    expect(matches('li', '李', true)).toBe(true);
  });
});
