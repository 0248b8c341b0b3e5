import { KeyText, type KeyMatch, type KeyTextBuilder } from './key-text';
import { matchesPinyin } from './pinyin-match';

/** The index's keys by slot. */
export interface KeyColumns {
  phones: readonly string[];
  cards: readonly string[];
  /** Names folded with `foldForSearch`. */
  names: readonly string[];
  pinyins: readonly string[];
  initials: readonly string[];
}

export type KeyName = keyof KeyColumns;
const KEYS: readonly KeyName[] = ['phones', 'cards', 'names', 'pinyins', 'initials'];

/**
 * The roster's keys laid out in order of last visit, as the index stood when it was built.
 * Immutable: the index checks members changed since on their own, and builds the next snapshot
 * from this one and those changes (`next`).
 */
export class ScanSnapshot {
  private constructor(
    /** Slot of the member at each position, most recent visit first. */
    private readonly slots: Int32Array,
    /** Position of each slot; -1 for slots not here. */
    private readonly positionOf: Int32Array,
    private readonly texts: Readonly<Record<KeyName, KeyText>>,
    /** Pinyin and initials by position, for the syllable matcher. */
    private readonly pinyins: readonly string[],
    private readonly initials: readonly string[],
    /**
     * By position: the first two letters of the pinyin and the second initial. Typed letters
     * must start with the first, then go on with the second or the next syllable's initial,
     * which rules out most members before the matcher runs.
     */
    private readonly leads: Readonly<{ first: Uint16Array; second: Uint16Array; nextInitial: Uint16Array }>,
  ) {}

  static readonly EMPTY = new ScanSnapshot(
    new Int32Array(0),
    new Int32Array(0),
    {
      phones: KeyText.EMPTY,
      cards: KeyText.EMPTY,
      names: KeyText.EMPTY,
      pinyins: KeyText.EMPTY,
      initials: KeyText.EMPTY,
    },
    [],
    [],
    { first: new Uint16Array(0), second: new Uint16Array(0), nextInitial: new Uint16Array(0) },
  );

  /**
   * The snapshot of `order`: members not in `changed` are copied from this snapshot in runs,
   * the changed ones are read from the columns. The work is a few sequential passes over the
   * roster plus the changed members, so it can follow every batch of changes.
   */
  next(
    order: readonly number[],
    changed: ReadonlySet<number>,
    c: KeyColumns,
    slotCount: number,
  ): ScanSnapshot {
    const size = order.length;
    const builders = Object.fromEntries(KEYS.map((k) => [k, this.texts[k].builder(size)])) as Record<
      KeyName,
      KeyTextBuilder
    >;
    const isChanged = new Uint8Array(slotCount);
    for (const slot of changed) isChanged[slot] = 1;
    const slots = new Int32Array(size);
    const positionOf = new Int32Array(slotCount).fill(-1);
    const pinyins = new Array<string>(size);
    const initials = new Array<string>(size);
    let runFrom = -1;
    let runTo = -1;
    const endRun = () => {
      if (runFrom >= 0) for (const k of KEYS) builders[k].addRun(runFrom, runTo);
      runFrom = -1;
      runTo = -1;
    };
    for (let position = 0; position < size; position++) {
      const slot = order[position] ?? 0;
      slots[position] = slot;
      positionOf[slot] = position;
      const old = isChanged[slot] === 1 ? -1 : (this.positionOf[slot] ?? -1);
      if (old >= 0) {
        if (old !== runTo) {
          endRun();
          runFrom = old;
        }
        runTo = old + 1;
        pinyins[position] = this.pinyins[old] ?? '';
        initials[position] = this.initials[old] ?? '';
      } else {
        endRun();
        for (const k of KEYS) builders[k].addKey(c[k][slot] ?? '');
        pinyins[position] = c.pinyins[slot] ?? '';
        initials[position] = c.initials[slot] ?? '';
      }
    }
    endRun();
    const leads = {
      first: new Uint16Array(size),
      second: new Uint16Array(size),
      nextInitial: new Uint16Array(size),
    };
    for (let position = 0; position < size; position++) {
      const pinyin = pinyins[position] ?? '';
      leads.first[position] = pinyin.charCodeAt(0);
      leads.second[position] = pinyin.charCodeAt(1);
      leads.nextInitial[position] = (initials[position] ?? '').charCodeAt(1);
    }
    return new ScanSnapshot(
      slots,
      positionOf,
      Object.fromEntries(KEYS.map((k) => [k, builders[k].build()])) as Record<KeyName, KeyText>,
      pinyins,
      initials,
      leads,
    );
  }

  slotAt(position: number): number {
    return this.slots[position] ?? -1;
  }

  find(
    key: KeyName,
    needle: string,
    match: KeyMatch,
    accept: (position: number) => boolean,
    max: number,
  ): number[] {
    return this.texts[key].find(needle, match, accept, max);
  }

  /** Positions of members whose name these letters spell the start of (see `matchesPinyin`), in order. */
  findPinyin(
    letters: string,
    wholeSyllable: boolean,
    accept: (position: number) => boolean,
    max: number,
  ): number[] {
    const { first, second, nextInitial } = this.leads;
    const c0 = letters.charCodeAt(0);
    const c1 = letters.length > 1 ? letters.charCodeAt(1) : -1;
    const found: number[] = [];
    for (let position = 0; position < first.length && found.length < max; position++) {
      if (first[position] !== c0) continue;
      if (c1 >= 0 && second[position] !== c1 && nextInitial[position] !== c1) continue;
      const pinyin = this.pinyins[position] ?? '';
      if (matchesPinyin(letters, pinyin, this.initials[position] ?? '', wholeSyllable) && accept(position))
        found.push(position);
    }
    return found;
  }
}
