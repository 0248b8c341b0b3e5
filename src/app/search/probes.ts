import type { SearchQuery } from '../../shared/domain/search-query';
import type { KeyMatch } from './key-text';
import { matchesPinyin } from './pinyin-match';
import type { KeyColumns, KeyName, ScanSnapshot } from './scan-snapshot';

/** One way a query can match a member, tested on the snapshot in bulk or on one member alone. */
export interface Probe {
  /** Positions in the snapshot, in order, at most `max`. */
  scan(snapshot: ScanSnapshot, accept: (position: number) => boolean, max: number): number[];
  /** The same test for one member, by slot, for members changed since the snapshot. */
  test(slot: number): boolean;
}

/**
 * How a query finds members, best first: exact matches, then closer partial matches (a name
 * or phone that starts with what was typed, whole pinyin syllables), then any partial match.
 */
export function probesFor(q: SearchQuery, c: KeyColumns): { exact: Probe | null; partial: Probe[] } {
  const key = (name: KeyName, match: KeyMatch, needle: string): Probe => ({
    scan: (snapshot, accept, max) => snapshot.find(name, needle, match, accept, max),
    test: (slot) => matches(c[name][slot] ?? '', match, needle),
  });
  const pinyin = (letters: string, wholeSyllable: boolean): Probe => ({
    scan: (snapshot, accept, max) => snapshot.findPinyin(letters, wholeSyllable, accept, max),
    test: (slot) => matchesPinyin(letters, c.pinyins[slot] ?? '', c.initials[slot] ?? '', wholeSyllable),
  });
  switch (q.kind) {
    case 'phone-tail':
      return { exact: key('phones', 'suffix', q.digits), partial: [] };
    case 'phone':
      return { exact: key('phones', 'exact', q.phone), partial: [key('cards', 'prefix', q.phone)] };
    case 'card':
      return { exact: key('cards', 'exact', q.cardNo), partial: [] };
    case 'digits':
      return {
        exact: null,
        partial: [
          either(key('phones', 'prefix', q.digits), key('cards', 'prefix', q.digits)),
          key('phones', 'within', q.digits),
        ],
      };
    case 'pinyin':
      return {
        exact: either(key('pinyins', 'exact', q.letters), key('initials', 'exact', q.letters)),
        partial: [pinyin(q.letters, true), pinyin(q.letters, false)],
      };
    case 'name':
      return {
        exact: key('names', 'exact', q.text),
        partial: [key('names', 'prefix', q.text), key('names', 'within', q.text)],
      };
    case 'empty':
      return { exact: null, partial: [] };
  }
}

function matches(stored: string, match: KeyMatch, typed: string): boolean {
  switch (match) {
    case 'exact':
      return stored === typed;
    case 'prefix':
      return stored.startsWith(typed);
    case 'suffix':
      return stored.endsWith(typed);
    case 'within':
      return stored.includes(typed);
  }
}

/** Members either probe finds, in order, each once. */
function either(a: Probe, b: Probe): Probe {
  return {
    scan: (snapshot, accept, max) =>
      mergePositions(a.scan(snapshot, accept, max), b.scan(snapshot, accept, max), max),
    test: (slot) => a.test(slot) || b.test(slot),
  };
}

function mergePositions(a: readonly number[], b: readonly number[], max: number): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (out.length < max && (i < a.length || j < b.length)) {
    const x = a[i] ?? Infinity;
    const y = b[j] ?? Infinity;
    if (x <= y) i++;
    if (y <= x) j++;
    out.push(Math.min(x, y));
  }
  return out;
}
