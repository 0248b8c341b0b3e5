import { create } from 'zustand';

interface UpdateState {
  /** Set when a new version is installed and waiting; calling it hands over and reloads. */
  applyUpdate: (() => void) | null;
  /** The server speaks a newer protocol than this app: syncing is paused until the update. */
  outdated: boolean;
  updateWaiting: (apply: () => void) => void;
  protocolOutdated: () => void;
}

export const useUpdate = create<UpdateState>()((set) => ({
  applyUpdate: null,
  outdated: false,
  updateWaiting: (applyUpdate) => set({ applyUpdate }),
  protocolOutdated: () => set({ outdated: true }),
}));
