import { create } from 'zustand';

/**
 * Forms with unsaved input register here, so an app update is never applied
 * (and its reload never offered) while someone is typing.
 */
interface FormGuardState {
  dirtyForms: number;
  formDirty: () => void;
  formClean: () => void;
}

export const useFormGuard = create<FormGuardState>()((set) => ({
  dirtyForms: 0,
  formDirty: () => set((s) => ({ dirtyForms: s.dirtyForms + 1 })),
  formClean: () => set((s) => ({ dirtyForms: Math.max(0, s.dirtyForms - 1) })),
}));
