import { useEffect } from 'react';
import { useFormGuard } from './form-guard.state';

/** Mark the calling form as holding unsaved input while `dirty` is true. */
export function useDirtyForm(dirty: boolean): void {
  const formDirty = useFormGuard((s) => s.formDirty);
  const formClean = useFormGuard((s) => s.formClean);
  useEffect(() => {
    if (!dirty) return;
    formDirty();
    return formClean;
  }, [dirty, formDirty, formClean]);
}
