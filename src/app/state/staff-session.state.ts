import { create } from 'zustand';
import type { StaffId } from '../../shared/schemas/ids.schema';
import type { StaffRole } from '../../shared/schemas/setup.schema';

export interface SignedInStaff {
  id: StaffId;
  name: string;
  role: StaffRole;
}

/** A server session: opens the routes of managers and owners until `expiresAt` (decision 0008). */
export interface ServerSession {
  token: string;
  expiresAt: number;
}

export interface StaffSignIn {
  staff: SignedInStaff;
  /** When she entered her PIN, tablet time: a sign-in lasts at most the policy's hours. */
  signedInAt: number;
  /** Last touch, tablet time: the tablet locks after the policy's idle minutes. */
  lastActiveAt: number;
  /** Null when the PIN was checked offline, or the server session ended. */
  server: ServerSession | null;
}

interface StaffSessionState {
  /** Who holds the tablet; null while it is locked. */
  current: StaffSignIn | null;
  signedIn: (staff: SignedInStaff, server: ServerSession | null, now: number) => void;
  serverSessionOpened: (server: ServerSession) => void;
  /** The server refused the session token (expired, or she was removed): keep the sign-in, drop the token. */
  serverSessionEnded: () => void;
  touched: (now: number) => void;
  locked: () => void;
}

const KEY = 'floorbook.staff-session.v1';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Checked by hand, not with zod: it is read before the first screen (decision 0003). */
export function readSignIn(storage: Pick<Storage, 'getItem'>): StaffSignIn | null {
  let v: unknown;
  try {
    v = JSON.parse(storage.getItem(KEY) ?? 'null');
  } catch {
    return null;
  }
  if (!isRecord(v) || !isRecord(v.staff)) return null;
  const { staff, server } = v;
  const ok =
    typeof staff.id === 'string' &&
    typeof staff.name === 'string' &&
    ['associate', 'manager', 'owner'].includes(staff.role as string) &&
    typeof v.signedInAt === 'number' &&
    typeof v.lastActiveAt === 'number' &&
    (server === null ||
      (isRecord(server) && typeof server.token === 'string' && typeof server.expiresAt === 'number'));
  return ok ? (v as unknown as StaffSignIn) : null;
}

function write(storage: Pick<Storage, 'setItem' | 'removeItem'>, value: StaffSignIn | null) {
  if (value === null) storage.removeItem(KEY);
  else storage.setItem(KEY, JSON.stringify(value));
}

/** Who is signed in on this shared tablet. Kept across a reload; the lock rules decide whether it still holds. */
export const useStaffSession = create<StaffSessionState>()((set, get) => {
  const save = () => write(localStorage, get().current);
  return {
    current: readSignIn(localStorage),
    signedIn: (staff, server, now) => {
      set({ current: { staff, signedInAt: now, lastActiveAt: now, server } });
      save();
    },
    serverSessionOpened: (server) => {
      const current = get().current;
      if (!current) return;
      set({ current: { ...current, server } });
      save();
    },
    serverSessionEnded: () => {
      const current = get().current;
      if (!current) return;
      set({ current: { ...current, server: null } });
      save();
    },
    touched: (now) => {
      const current = get().current;
      if (!current) return;
      set({ current: { ...current, lastActiveAt: now } });
      save();
    },
    locked: () => {
      set({ current: null });
      save();
    },
  };
});
