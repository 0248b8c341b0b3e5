/**
 * Whether typed letters spell the start of a name read syllable by syllable, each syllable
 * typed in full or cut short: 张晓梅 (zhangxiaomei, zxm) is found by `zxm`, `zhang`, `zhangxm`,
 * `zxiaom` or `zhangxiaomei`. With `wholeSyllable`, the letters must end where a syllable
 * ends: `chen` then finds 陈静 (chenjing) but not 程静 (chengjing), whose first syllable it
 * only begins.
 *
 * The stored keys give the joined pinyin and one initial per syllable but not where syllables
 * break, so every break that puts each syllable's initial at its start is tried. Names are a
 * few syllables long, so the search stays tiny.
 */
export function matchesPinyin(
  letters: string,
  pinyin: string,
  initials: string,
  wholeSyllable = false,
): boolean {
  return (
    letters.length > 0 &&
    letters.charCodeAt(0) === pinyin.charCodeAt(0) &&
    matchFrom({ letters, pinyin, initials, wholeSyllable }, 0, 0, 0)
  );
}

interface Match {
  letters: string;
  pinyin: string;
  initials: string;
  wholeSyllable: boolean;
}

/** Letters from `at` typed against syllable `syllable`, which starts at `start` in the pinyin. */
function matchFrom(m: Match, at: number, start: number, syllable: number): boolean {
  const { letters, pinyin } = m;
  const next = m.initials.charCodeAt(syllable + 1);
  for (let n = 0; letters.charCodeAt(at + n) === pinyin.charCodeAt(start + n);) {
    n++;
    const end = start + n;
    if (at + n === letters.length)
      return !m.wholeSyllable || end === pinyin.length || pinyin.charCodeAt(end) === next;
    if (Number.isNaN(next)) continue;
    for (let s = end; s < pinyin.length; s++)
      if (pinyin.charCodeAt(s) === next && matchFrom(m, at + n, s, syllable + 1)) return true;
  }
  return false;
}
