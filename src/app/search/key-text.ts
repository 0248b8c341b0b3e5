const SEP = '\n';

/** How a typed key must stand in a stored one. */
export type KeyMatch = 'exact' | 'prefix' | 'suffix' | 'within';

/**
 * One key of every member (phones, say), joined into a single string in order of last visit.
 * A search is then one native `indexOf` pass instead of 100,000 string calls, and its first
 * hits are the most recent visitors. Separators around each key turn exact, prefix and suffix
 * matches into plain substring searches and keep a match from running across two members.
 */
export class KeyText {
  constructor(
    private readonly text: string,
    /** Where the separator before each key stands; one more for the closing separator. */
    private readonly starts: Int32Array,
  ) {}

  static readonly EMPTY = new KeyText(SEP, Int32Array.of(0));

  /** Positions of the first `max` accepted keys that match `needle`, in order. */
  find(needle: string, match: KeyMatch, accept: (position: number) => boolean, max: number): number[] {
    const probe =
      match === 'exact'
        ? SEP + needle + SEP
        : match === 'prefix'
          ? SEP + needle
          : match === 'suffix'
            ? needle + SEP
            : needle;
    const found: number[] = [];
    let position = 0;
    for (let from = this.text.indexOf(probe); from >= 0 && found.length < max;) {
      while ((this.starts[position + 1] ?? Infinity) <= from) position++;
      if (accept(position)) found.push(position);
      position++;
      from = this.text.indexOf(probe, this.starts[position] ?? Infinity);
    }
    return found;
  }

  /**
   * A new key text from runs of this one's keys and new keys, in the order added. Copying runs
   * of the joined string is what makes a rebuild after a few changes cheap: the unchanged
   * members' keys move as a few large slices, not one by one.
   */
  builder(size: number): KeyTextBuilder {
    return new KeyTextBuilder(this.text, this.starts, size);
  }
}

export class KeyTextBuilder {
  private readonly parts: string[] = [];
  private readonly starts: Int32Array;
  private position = 0;
  private at = 0;

  constructor(
    private readonly oldText: string,
    private readonly oldStarts: Int32Array,
    size: number,
  ) {
    this.starts = new Int32Array(size + 1);
  }

  /** The keys at old positions `from` up to (not including) `to`. */
  addRun(from: number, to: number): void {
    const begin = this.oldStarts[from] ?? 0;
    const end = this.oldStarts[to] ?? begin;
    this.parts.push(this.oldText.slice(begin, end));
    for (let p = from; p < to; p++) this.starts[this.position++] = (this.oldStarts[p] ?? 0) - begin + this.at;
    this.at += end - begin;
  }

  addKey(key: string): void {
    this.parts.push(SEP + key);
    this.starts[this.position++] = this.at;
    this.at += SEP.length + key.length;
  }

  build(): KeyText {
    this.starts[this.position] = this.at;
    return new KeyText(this.parts.join('') + SEP, this.starts);
  }
}
