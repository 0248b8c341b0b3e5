import type { MemberId, StaffId } from '../../shared/schemas/ids.schema';
import type { Birthday } from '../../shared/schemas/member.schema';
import type { IndexedMember } from './member-index';

/**
 * The search keys of the whole roster as a handful of long strings, one line per member: what
 * the recognise screen needs to answer at start-up without reading every member row. IndexedDB
 * hands back one large string far faster than 100,000 objects (decision 0007), and splitting it
 * again is a native pass. Names, phones and cards are single-line by their schemas.
 */
export interface RosterKeys {
  /** 2 added `created`; a copy of format 1 is read again from the rows. */
  format: 2;
  count: number;
  ids: string;
  names: string;
  phones: string;
  cards: string;
  pinyins: string;
  initials: string;
  /** Base-36 ms. */
  visits: string;
  /** Base-36 ms. */
  created: string;
  /** '' for none, else JSON. */
  birthdays: string;
  owners: string;
}

const SEP = '\n';

export function encodeRosterKeys(members: readonly IndexedMember[]): RosterKeys {
  const col = (f: (m: IndexedMember) => string) => members.map(f).join(SEP);
  return {
    format: 2,
    count: members.length,
    ids: col((m) => m.id),
    names: col((m) => m.name),
    phones: col((m) => m.phone),
    cards: col((m) => m.cardNo),
    pinyins: col((m) => m.pinyin),
    initials: col((m) => m.initials),
    visits: col((m) => m.lastVisitAt.toString(36)),
    created: col((m) => m.createdAt.toString(36)),
    birthdays: col((m) => (m.birthday ? JSON.stringify(m.birthday) : '')),
    owners: col((m) => m.ownerStaffId ?? ''),
  };
}

/** The members again, or null for anything that is not a whole, current copy (then the rows are read instead). */
export function decodeRosterKeys(keys: unknown): IndexedMember[] | null {
  if (!isRosterKeys(keys)) return null;
  if (keys.count === 0) return [];
  const split = (s: string) => s.split(SEP);
  const ids = split(keys.ids);
  const names = split(keys.names);
  const phones = split(keys.phones);
  const cards = split(keys.cards);
  const pinyins = split(keys.pinyins);
  const initials = split(keys.initials);
  const visits = split(keys.visits);
  const created = split(keys.created);
  const birthdays = split(keys.birthdays);
  const owners = split(keys.owners);
  const columns = [ids, names, phones, cards, pinyins, initials, visits, created, birthdays, owners];
  if (columns.some((c) => c.length !== keys.count)) return null;
  const members: IndexedMember[] = new Array<IndexedMember>(keys.count);
  for (let i = 0; i < keys.count; i++) {
    const birthday = birthdays[i] ?? '';
    members[i] = {
      id: ids[i] as MemberId,
      name: names[i] ?? '',
      phone: phones[i] ?? '',
      cardNo: cards[i] ?? '',
      pinyin: pinyins[i] ?? '',
      initials: initials[i] ?? '',
      lastVisitAt: parseInt(visits[i] ?? '0', 36),
      createdAt: parseInt(created[i] ?? '0', 36),
      birthday: birthday === '' ? null : (JSON.parse(birthday) as Birthday),
      ownerStaffId: owners[i] === '' ? null : (owners[i] as StaffId),
    };
  }
  return members;
}

const TEXT_COLUMNS = [
  'ids',
  'names',
  'phones',
  'cards',
  'pinyins',
  'initials',
  'visits',
  'created',
  'birthdays',
  'owners',
];

function isRosterKeys(v: unknown): v is RosterKeys {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    r.format === 2 &&
    typeof r.count === 'number' &&
    Number.isInteger(r.count) &&
    r.count >= 0 &&
    TEXT_COLUMNS.every((c) => typeof r[c] === 'string')
  );
}
