import { create } from 'zustand';
import type { UpdatePhase } from './update-controller';
import type { ServerInfo } from './server-info';

interface UpdateState {
  phase: UpdatePhase;
  /** Hands a waiting version over (or retries, or reloads into one that took over); null when none. */
  applyUpdate: (() => void) | null;
  /** The server speaks a newer protocol than this app: syncing is paused until the update. */
  outdated: boolean;
  /** The server's versions, once it answered. */
  server: ServerInfo | null;
  phaseChanged: (phase: UpdatePhase, apply: () => void) => void;
  serverAnswered: (server: ServerInfo) => void;
  protocolOutdated: () => void;
}

export const useUpdate = create<UpdateState>()((set) => ({
  phase: 'idle',
  applyUpdate: null,
  outdated: false,
  server: null,
  phaseChanged: (phase, apply) =>
    set({ phase, applyUpdate: phase === 'idle' || phase === 'activating' ? null : apply }),
  serverAnswered: (server) => set({ server }),
  protocolOutdated: () => set({ outdated: true }),
}));
