import { KeyText } from './key-text';
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

/**
 * The roster's keys laid out in order of last visit, as the index stood when it was built.
 * Immutable: the index rebuilds it after many changes and checks changes made since on their own.
 */
export class ScanSnapshot {
  private constructor(
    /** Slot of the member at each position, most recent visit first. */
    private readonly slots: Int32Array,
    private readonly texts: Readonly<Record<KeyName, KeyText>>,
    private readonly pinyins: readonly string[],
    private readonly initials: readonly string[],
    /** Positions of members whose pinyin starts with each letter, in order. */
    private readonly byFirstLetter: ReadonlyMap<string, Int32Array>,
  ) {}

  static build(order: readonly number[], c: KeyColumns): ScanSnapshot {
    const inOrder = (column: readonly string[]) => order.map((slot) => column[slot] ?? '');
    const pinyins = inOrder(c.pinyins);
    const letters = new Map<string, number[]>();
    pinyins.forEach((pinyin, position) => {
      const first = pinyin.charAt(0);
      const list = letters.get(first);
      if (list) list.push(position);
      else letters.set(first, [position]);
    });
    const initials = inOrder(c.initials);
    return new ScanSnapshot(
      Int32Array.from(order),
      {
        phones: new KeyText(inOrder(c.phones)),
        cards: new KeyText(inOrder(c.cards)),
        names: new KeyText(inOrder(c.names)),
        pinyins: new KeyText(pinyins),
        initials: new KeyText(initials),
      },
      pinyins,
      initials,
      new Map([...letters].map(([letter, list]) => [letter, Int32Array.from(list)])),
    );
  }

  slotAt(position: number): number {
    return this.slots[position] ?? -1;
  }

  find(
    key: KeyName,
    needle: string,
    match: Parameters<KeyText['find']>[1],
    accept: (position: number) => boolean,
    max: number,
  ): number[] {
    return this.texts[key].find(needle, match, accept, max);
  }

  /** Positions of members whose name these letters spell the start of (see `matchesPinyin`), in order. */
  findPinyin(letters: string, accept: (position: number) => boolean, max: number): number[] {
    const found: number[] = [];
    for (const position of this.byFirstLetter.get(letters.charAt(0)) ?? []) {
      if (
        matchesPinyin(letters, this.pinyins[position] ?? '', this.initials[position] ?? '') &&
        accept(position)
      ) {
        found.push(position);
        if (found.length === max) break;
      }
    }
    return found;
  }
}
