import { useId, useState } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { fileProblem, MAX_IMPORT_MB, type FileProblem } from './file-check';
import { RefusalAlert } from './refusal-alert';
import type { ImportFlow } from './use-import-flow';

const PROBLEM_KEY: Record<FileProblem, string> = {
  empty: 'admin.import.fileEmpty',
  'too-big': 'admin.import.fileTooBig',
  'wrong-type': 'admin.import.fileWrongType',
};

/** Step 1: the file, checked for what can be told before it is sent. */
export function ChooseFile({ flow }: { flow: ImportFlow }) {
  const { t } = useAdminTranslation();
  const id = useId();
  const [problem, setProblem] = useState<FileProblem | null>(null);
  return (
    <section className="card import-card">
      <p>{t('admin.import.lead')}</p>
      <label htmlFor={`${id}-file`} className="import-file-label">
        {t('admin.import.file')}
      </label>
      <input
        id={`${id}-file`}
        type="file"
        className="import-file sr-only"
        accept=".xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={`${id}-hint`}
        disabled={flow.busy}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          const found = fileProblem(file);
          setProblem(found);
          if (found === null) void flow.upload(file);
          // The same file chosen again (after fixing it) must fire a change.
          e.target.value = '';
        }}
      />
      {/* The browser's own picker is small and speaks the browser's language, not the app's. */}
      <label htmlFor={`${id}-file`} className="btn import-choose">
        {t('admin.import.choose')}
      </label>
      <p id={`${id}-hint`} className="hint">
        {t('admin.import.fileHint', { max: MAX_IMPORT_MB })}
      </p>
      {problem && (
        <p className="error-text" role="alert">
          {t(PROBLEM_KEY[problem], { max: MAX_IMPORT_MB })}
        </p>
      )}
      <RefusalAlert flow={flow} />
      {flow.busy && (
        <div className="import-progress" role="status">
          <span>{t('admin.import.uploading')}</span>
          <progress aria-label={t('admin.import.uploading')} />
        </div>
      )}
    </section>
  );
}
