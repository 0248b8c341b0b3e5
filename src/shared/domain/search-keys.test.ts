import { describe, expect, test } from 'vitest';
import { searchKeysOf } from './search-keys';

describe('searchKeysOf', () => {
  test('gives full pinyin and initials of a Chinese name', () => {
    expect(searchKeysOf('张晓梅')).toEqual({ pinyin: 'zhangxiaomei', initials: 'zxm' });
  });
  test('reads a surname with its surname reading', () => {
    expect(searchKeysOf('单田芳').pinyin).toBe('shantianfang');
  });
  test('keeps Latin names, lower-cased', () => {
    expect(searchKeysOf('Anna 李')).toEqual({ pinyin: 'annali', initials: 'al' });
  });
  test('writes ü as v, as it is typed', () => {
    expect(searchKeysOf('吕女士')).toEqual({ pinyin: 'lvnvshi', initials: 'lns' });
  });
});
