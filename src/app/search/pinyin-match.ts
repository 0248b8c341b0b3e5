/**
 * Whether typed letters spell the start of a name read syllable by syllable, each syllable
 * typed in full or cut short: 张晓梅 (zhangxiaomei, zxm) is found by `zxm`, `zhang`, `zhangxm`,
 * `zxiaom` or `zhangxiaomei`.
 *
 * The stored keys give the joined pinyin and one initial per syllable but not where syllables
 * break, so every break that puts each syllable's initial at its start is tried. Names are a
 * few syllables long, so the search stays tiny.
 */
export function matchesPinyin(letters: string, pinyin: string, initials: string): boolean {
  return (
    letters.length > 0 &&
    letters.charCodeAt(0) === pinyin.charCodeAt(0) &&
    matchFrom(letters, 0, pinyin, 0, initials, 0)
  );
}

/** `letters` from `at` typed against syllable `syllable`, which starts at `start` in `pinyin`. */
function matchFrom(
  letters: string,
  at: number,
  pinyin: string,
  start: number,
  initials: string,
  syllable: number,
): boolean {
  const next = initials.charCodeAt(syllable + 1);
  for (let n = 0; letters.charCodeAt(at + n) === pinyin.charCodeAt(start + n);) {
    n++;
    if (at + n === letters.length) return true;
    if (Number.isNaN(next)) continue;
    for (let s = start + n; s < pinyin.length; s++)
      if (pinyin.charCodeAt(s) === next && matchFrom(letters, at + n, pinyin, s, initials, syllable + 1))
        return true;
  }
  return false;
}
