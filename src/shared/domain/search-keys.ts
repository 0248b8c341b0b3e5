import { pinyin } from 'pinyin-pro';
import type { SearchKeys } from '../sync/protocol.schema';

/**
 * Pinyin keys of a name, so 张晓梅 is found by "zhang", "zhangxiaomei" or "zxm".
 * Surnames are read with their surname reading (单 is shan, not dan). Latin letters
 * in a name are kept as they are, lower-cased; ü is written v, as it is typed.
 *
 * pinyin-pro is large: the app imports this module lazily, never from the first screen.
 */
export function searchKeysOf(name: string): SearchKeys {
  // ü is typed as v on every Chinese keyboard: 吕 is "lv", not "l".
  const syllables = pinyin(name, {
    toneType: 'none',
    type: 'array',
    surname: 'head',
    nonZh: 'consecutive',
    v: true,
  })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter((s) => s.length > 0);
  return { pinyin: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
}
