import { useCallback, useEffect, useState } from 'react';
import type { ApiRefusal } from '../../api/api-client';
import {
  fetchImportJob,
  fetchImportRefusals,
  previewImport,
  startImport,
  uploadImport,
} from '../../api/import.api';
import type {
  DuplicateChoice,
  ImportField,
  ImportJob,
  ImportPreview,
  ImportRefusal,
  ImportUpload,
} from '../../../shared/schemas/import.schema';
import { useAdminCall, type AdminCall } from '../admin/use-admin-api';

/** How often a running job is asked about: often enough for a bar that moves, rare enough for a small server. */
export const POLL_MS = 1_000;

export type ImportStep =
  | { kind: 'choose' }
  | { kind: 'mapping'; upload: ImportUpload }
  | { kind: 'preview'; upload: ImportUpload; preview: ImportPreview }
  | { kind: 'job'; upload: ImportUpload; job: ImportJob };

/**
 * The import as the manager walks through it: a file, its mapping, a preview with her choice for
 * duplicates, then a job (a dry run or the import) polled until it ends. What she chose is kept
 * when she goes back a step or a call is refused; `refusal` is the last call's, to say in words.
 */
export function useImportFlow() {
  const run = useAdminCall();
  const [step, setStep] = useState<ImportStep>({ kind: 'choose' });
  const [mapping, setMapping] = useState<(ImportField | null)[]>([]);
  const [duplicates, setDuplicates] = useState<DuplicateChoice>('merge');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ApiRefusal | null>(null);
  // A poll that fails (the network dropped) is retried; the job goes on on the server.
  const [pollFailed, setPollFailed] = useState(false);
  const [moreRefusals, setMoreRefusals] = useState<{ list: ImportRefusal[]; next: number | null } | null>(
    null,
  );

  const call = useCallback(
    async <T>(work: AdminCall<T>, then: (value: T) => void) => {
      setBusy(true);
      setRefusal(null);
      const r = await run(work);
      setBusy(false);
      if (r.ok) then(r.value);
      else setRefusal(r);
    },
    [run],
  );

  const upload = useCallback(
    (file: File) =>
      call(
        (auth) => uploadImport(auth, file, file.name),
        (value) => {
          setMapping(value.mapping);
          setStep({ kind: 'mapping', upload: value });
        },
      ),
    [call],
  );

  const preview = useCallback(
    (upload: ImportUpload, choice = duplicates) => {
      setDuplicates(choice);
      return call(
        (auth) => previewImport(auth, upload.importId, { mapping, duplicates: choice }),
        (value) => setStep({ kind: 'preview', upload, preview: value }),
      );
    },
    [call, mapping, duplicates],
  );

  const start = useCallback(
    (upload: ImportUpload, dryRun: boolean) =>
      call(
        (auth) => startImport(auth, upload.importId, { mapping, duplicates, dryRun }),
        (job) => {
          setMoreRefusals(null);
          setStep({ kind: 'job', upload, job });
        },
      ),
    [call, mapping, duplicates],
  );

  const running = step.kind === 'job' && (step.job.state === 'running' || step.job.state === 'uploaded');
  useEffect(() => {
    if (!running || step.kind !== 'job') return;
    const { upload } = step;
    // Cleared when the step changes (a new answer, or she left the job): a late answer is dropped.
    let live = true;
    const timer = window.setTimeout(() => {
      void run((auth) => fetchImportJob(auth, upload.importId)).then((r) => {
        if (!live) return;
        setPollFailed(!r.ok);
        // A failed poll is asked again: a new step object starts the next round.
        setStep(r.ok ? { kind: 'job', upload, job: r.value } : { ...step });
      });
    }, POLL_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [run, running, step]);

  const loadMoreRefusals = useCallback(() => {
    if (step.kind !== 'job') return;
    const shown = moreRefusals?.list ?? step.job.refusals;
    const after = moreRefusals?.next ?? shown.at(-1)?.line ?? 0;
    return call(
      (auth) => fetchImportRefusals(auth, step.upload.importId, after),
      (page) => setMoreRefusals({ list: [...shown, ...page.refusals], next: page.next }),
    );
  }, [call, step, moreRefusals]);

  const reset = useCallback(() => {
    setStep({ kind: 'choose' });
    setMapping([]);
    setRefusal(null);
    setMoreRefusals(null);
    setPollFailed(false);
  }, []);

  const backTo = useCallback((target: ImportStep) => {
    setRefusal(null);
    setStep(target);
  }, []);

  return {
    step,
    mapping,
    setMapping,
    duplicates,
    busy,
    refusal,
    pollFailed,
    refusals: step.kind === 'job' ? (moreRefusals?.list ?? step.job.refusals) : [],
    /** Whether more refusals wait on the server than the job carried. */
    refusalsLeft:
      step.kind === 'job' &&
      (moreRefusals ? moreRefusals.next !== null : step.job.refusals.length < step.job.counts.refused),
    upload,
    preview,
    start,
    loadMoreRefusals,
    backTo,
    reset,
  };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;
