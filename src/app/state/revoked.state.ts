import { create } from 'zustand';

/** Why this tablet forgot its store: shown once, before set-up, and kept through the wipe. */
export interface Revocation {
  /** When the tablet learnt of it, tablet time, ms. */
  at: number;
  storeName: string;
}

// sessionStorage, not localStorage: the wipe clears local storage, and a reload of this tab must
// still say why the tablet is empty; a new tab or a restart starts at set-up.
const KEY = 'floorbook.revoked.v1';

/** The notice a reload of this tab still shows. */
export function readRevocation(storage: Pick<Storage, 'getItem'>): Revocation | null {
  try {
    const v = JSON.parse(storage.getItem(KEY) ?? 'null') as unknown;
    if (typeof v !== 'object' || v === null) return null;
    const { at, storeName } = v as Record<string, unknown>;
    return typeof at === 'number' && typeof storeName === 'string' ? { at, storeName } : null;
  } catch {
    return null;
  }
}

interface RevocationState {
  notice: Revocation | null;
  revoked: (r: Revocation) => void;
  dismissed: () => void;
}

export const useRevocation = create<RevocationState>()((set) => ({
  notice: readRevocation(sessionStorage),
  revoked: (notice) => {
    set({ notice });
    try {
      sessionStorage.setItem(KEY, JSON.stringify(notice));
    } catch {
      // Storage refused (private mode, full): the notice still shows until the tab closes.
    }
  },
  dismissed: () => {
    set({ notice: null });
    sessionStorage.removeItem(KEY);
  },
}));
