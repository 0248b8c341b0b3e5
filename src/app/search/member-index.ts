import type { MemberId, StaffId } from '../../shared/schemas/ids.schema';
import type { Birthday } from '../../shared/schemas/member.schema';
import { foldForSearch, type SearchQuery } from '../../shared/domain/search-query';
import { probesFor, type Probe } from './probes';
import { ScanSnapshot } from './scan-snapshot';

/** What the index keeps of a member: her search keys, and what a search result shows. */
export interface IndexedMember {
  id: MemberId;
  name: string;
  phone: string;
  cardNo: string;
  pinyin: string;
  initials: string;
  /** Latest visit or purchase, ms; 0 when she has never visited. */
  lastVisitAt: number;
  /** Sign-up time, ms: idle days count from it when she never came back (dormancy.ts). */
  createdAt: number;
  birthday: Birthday | null;
  ownerStaffId: StaffId | null;
}

export interface SearchResult {
  /** Exact matches first, then the rest; within each, the most recent visit first. */
  members: readonly IndexedMember[];
  /** How many of `members`, from the top, match exactly: the whole tail, phone, card, name, pinyin or initials. */
  exact: number;
  /** More members match than were returned. */
  more: boolean;
}

export const DEFAULT_LIMIT = 30;

// Above this many moves in one batch, rebuilding the order beats inserting one by one.
const SPLICE_LIMIT = 64;
// Members changed since the snapshot are checked one by one; past this many, the snapshot is
// rebuilt (a few milliseconds at 100,000 members: see `ScanSnapshot.next`).
const DELTA_LIMIT = 256;

/**
 * The roster in memory, answering every kind of query within a frame at 100,000 members.
 *
 * Each key (phones, cards, names, pinyin, initials) is joined into one string in order of last
 * visit (`ScanSnapshot`), so every match, exact or partial, is a native substring search that
 * stops once it has enough, and the most recent visitors come first without sorting. Members
 * changed since the snapshot are checked on their own and merged in, until there are enough of
 * them to fold into a new snapshot.
 *
 * Pure: no database, no clock. `member-search.ts` keeps it in step with the tablet's roster.
 */
export class MemberIndex {
  private readonly entries: (IndexedMember | undefined)[] = [];
  private readonly slotOf = new Map<MemberId, number>();
  private readonly free: number[] = [];
  private readonly ids: string[] = [];
  private readonly visits: number[] = [];
  private readonly columns = {
    phones: [] as string[],
    cards: [] as string[],
    names: [] as string[],
    pinyins: [] as string[],
    initials: [] as string[],
  };
  /** Live slots, most recent visit first (ties: newest member first), always current. */
  private order: number[] = [];
  private snapshot = ScanSnapshot.EMPTY;
  /** Slots added, changed or freed since the snapshot was built. */
  private readonly dirty = new Set<number>();

  get size(): number {
    return this.slotOf.size;
  }

  get(id: MemberId): IndexedMember | undefined {
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.entries[slot];
  }

  memberIds(): IterableIterator<MemberId> {
    return this.slotOf.keys();
  }

  /** Every member, in no particular order: lists by owner, birthday or idle days filter this. */
  members(): IndexedMember[] {
    return this.entries.filter((m) => m !== undefined);
  }

  /** Add or replace members and drop others, in one batch. Returns whether anything changed. */
  apply(upserts: readonly IndexedMember[], removals: readonly MemberId[] = []): boolean {
    const latest = new Map(upserts.map((m) => [m.id, m]));
    const gone = removals.filter((id) => this.slotOf.has(id) && !latest.has(id));
    const leaving = new Set<number>();
    for (const id of gone) leaving.add(this.slotOf.get(id) ?? -1);
    for (const m of latest.values()) {
      const slot = this.slotOf.get(m.id);
      if (slot !== undefined && this.visits[slot] !== m.lastVisitAt) leaving.add(slot);
    }
    // Out of the order while the slots still hold the values it is sorted by.
    this.takeFromOrder(leaving);

    for (const id of gone) {
      const slot = this.slotOf.get(id) ?? -1;
      this.entries[slot] = undefined;
      this.slotOf.delete(id);
      this.free.push(slot);
      this.dirty.add(slot);
    }
    const entering: number[] = [];
    let changed = gone.length > 0;
    for (const m of latest.values()) {
      let slot = this.slotOf.get(m.id);
      if (slot === undefined) {
        slot = this.free.pop() ?? this.entries.length;
        this.slotOf.set(m.id, slot);
        entering.push(slot);
      } else if (leaving.has(slot)) {
        entering.push(slot);
      } else {
        const before = this.entries[slot];
        if (before && sameMember(before, m)) continue;
      }
      this.store(slot, m);
      changed = true;
    }
    this.putInOrder(entering);
    if (this.dirty.size > DELTA_LIMIT) {
      this.snapshot = this.snapshot.next(this.order, this.dirty, this.columns, this.entries.length);
      this.dirty.clear();
    }
    return changed;
  }

  search(query: SearchQuery, limit = DEFAULT_LIMIT): SearchResult {
    const probes = probesFor(query, this.columns);
    const exact = probes.exact ? this.collect(probes.exact, () => true, limit + 1) : [];
    const found = exact.slice(0, limit);
    let more = exact.length > limit;
    const taken = new Set(found);
    for (const probe of probes.partial) {
      if (more) break;
      const need = limit - found.length;
      const next = this.collect(probe, (slot) => !taken.has(slot), need + 1);
      for (const slot of next.slice(0, need)) {
        found.push(slot);
        taken.add(slot);
      }
      more = next.length > need;
    }
    return {
      members: found.flatMap((slot) => this.entries[slot] ?? []),
      exact: Math.min(exact.length, limit),
      more,
    };
  }

  /** The first `max` accepted members the probe finds, in order: from the snapshot and from changes since. */
  private collect(probe: Probe, accept: (slot: number) => boolean, max: number): number[] {
    const snapshot = this.snapshot;
    const unchanged = probe
      .scan(
        snapshot,
        (position) => {
          const slot = snapshot.slotAt(position);
          return !this.dirty.has(slot) && accept(slot);
        },
        max,
      )
      .map((position) => snapshot.slotAt(position));
    if (this.dirty.size === 0) return unchanged;
    const changed: number[] = [];
    for (const slot of this.dirty)
      if (this.entries[slot] && accept(slot) && probe.test(slot)) changed.push(slot);
    if (changed.length === 0) return unchanged;
    return [...unchanged, ...changed].sort((a, b) => this.rank(a, b)).slice(0, max);
  }

  private store(slot: number, m: IndexedMember): void {
    const c = this.columns;
    this.entries[slot] = m;
    this.ids[slot] = m.id;
    this.visits[slot] = m.lastVisitAt;
    c.names[slot] = foldForSearch(m.name);
    c.phones[slot] = m.phone;
    c.cards[slot] = m.cardNo;
    c.pinyins[slot] = m.pinyin;
    c.initials[slot] = m.initials;
    this.dirty.add(slot);
  }

  /**
   * Negative when slot `a` comes first: later visit first, then the newer member (ids are
   * UUIDv7, so a larger id is a later sign-up), so a member signed up a minute ago leads
   * those who never came back.
   */
  private rank(a: number, b: number): number {
    const byVisit = (this.visits[b] ?? 0) - (this.visits[a] ?? 0);
    if (byVisit !== 0) return byVisit;
    const ia = this.ids[a] ?? '';
    const ib = this.ids[b] ?? '';
    return ia > ib ? -1 : ia < ib ? 1 : 0;
  }

  /** Where `slot` stands, or would stand, in the order. */
  private position(slot: number): number {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.rank(this.order[mid] ?? 0, slot) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private takeFromOrder(slots: ReadonlySet<number>): void {
    if (slots.size === 0) return;
    if (slots.size > SPLICE_LIMIT) {
      this.order = this.order.filter((s) => !slots.has(s));
      return;
    }
    for (const slot of slots) {
      const at = this.position(slot);
      if (this.order[at] === slot) this.order.splice(at, 1);
    }
  }

  private putInOrder(slots: number[]): void {
    if (slots.length <= SPLICE_LIMIT) {
      for (const slot of slots) this.order.splice(this.position(slot), 0, slot);
      return;
    }
    slots.sort((a, b) => this.rank(a, b));
    const merged = new Array<number>(this.order.length + slots.length);
    let i = 0;
    let j = 0;
    for (let k = 0; k < merged.length; k++) {
      const a = this.order[i];
      const b = slots[j];
      if (b === undefined || (a !== undefined && this.rank(a, b) < 0)) {
        merged[k] = a ?? 0;
        i++;
      } else {
        merged[k] = b;
        j++;
      }
    }
    this.order = merged;
  }
}

function sameMember(a: IndexedMember, b: IndexedMember): boolean {
  return (
    a.name === b.name &&
    a.phone === b.phone &&
    a.cardNo === b.cardNo &&
    a.pinyin === b.pinyin &&
    a.initials === b.initials &&
    a.lastVisitAt === b.lastVisitAt &&
    a.ownerStaffId === b.ownerStaffId &&
    JSON.stringify(a.birthday) === JSON.stringify(b.birthday)
  );
}

/** Build an index from a whole roster at once (what a benchmark or a test starts from). */
export function buildMemberIndex(members: readonly IndexedMember[]): MemberIndex {
  const index = new MemberIndex();
  index.apply(members);
  return index;
}
