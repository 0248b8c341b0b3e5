import type { MemberId } from '../../shared/schemas/ids.schema';
import type { FloorbookDb, MemberRow } from '../db/floorbook-db';
import type { IndexedMember } from './member-index';

export function indexedMemberOf(row: MemberRow): IndexedMember {
  return {
    id: row.id,
    name: row.name,
    phone: row.phone,
    cardNo: row.cardNo,
    pinyin: row.pinyin,
    initials: row.initials,
    lastVisitAt: row.lastVisitAt,
    createdAt: row.createdAt,
    birthday: row.fields.birthday,
    ownerStaffId: row.fields.ownerStaffId,
  };
}

/**
 * One read of the whole members table, a page at a time in id order (bulk reads: the browser
 * fetches a page in one request). The next page can be fetched while the last one is used.
 */
export class RosterRead {
  private after: MemberId | null = null;
  private next: Promise<MemberRow[]> | null = null;
  /** The last page has been read. */
  done = false;

  constructor(
    private readonly db: FloorbookDb,
    private readonly pageSize: number,
  ) {}

  /** A read is in flight: it began before anything asked for now, so it must be used first. */
  get reading(): boolean {
    return this.next !== null;
  }

  /** The next page. With `readOn`, the page after it is fetched meanwhile. */
  async take(readOn: boolean): Promise<IndexedMember[]> {
    const rows = await (this.next ?? this.fetch());
    this.next = null;
    const last = rows.at(-1);
    this.done = !last || rows.length < this.pageSize;
    if (last) this.after = last.id;
    if (readOn && !this.done) this.next = this.fetch();
    return rows.map(indexedMemberOf);
  }

  /** Stop: a read still in flight may fail (the database closing) and no one will wait for it. */
  abandon(): void {
    this.next?.catch(() => undefined);
    this.next = null;
  }

  private fetch(): Promise<MemberRow[]> {
    const { members } = this.db;
    return this.after === null
      ? members.orderBy(':id').limit(this.pageSize).toArray()
      : members.where(':id').above(this.after).limit(this.pageSize).toArray();
  }
}
