import { useId } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { refusalSentence } from '../../../shared/domain/import-reasons';
import {
  API_ERROR_MESSAGES,
  pickLanguage,
  type ApiErrorCode,
} from '../../../shared/schemas/api-error.schema';
import type { ImportCounts, ImportJob, ImportUpload } from '../../../shared/schemas/import.schema';
import { RefusalAlert } from './refusal-alert';
import { StartImportButton } from './start-import-button';
import type { ImportFlow } from './use-import-flow';

const COUNTS: readonly (keyof ImportCounts)[] = [
  'rowsRead',
  'imported',
  'updated',
  'merged',
  'skipped',
  'refused',
];

/** Step 4: the job's progress bar while it runs, then what it did (or would do, for a dry run). */
export function ImportJobView({
  flow,
  upload,
  job,
}: {
  flow: ImportFlow;
  upload: ImportUpload;
  job: ImportJob;
}) {
  const { t, i18n } = useAdminTranslation();
  if (job.state === 'failed')
    return (
      <section className="card import-card">
        <p className="error-text" role="alert">
          {failedSentence(job.error, pickLanguage(i18n.language)) ??
            t('admin.import.failed', { code: job.error ?? 'unknown' })}
        </p>
        <div className="admin-actions">
          <button type="button" className="btn btn-primary" onClick={flow.reset}>
            {t('admin.import.another')}
          </button>
        </div>
      </section>
    );
  if (job.state !== 'done') return <JobProgress flow={flow} job={job} />;
  return <JobSummary flow={flow} upload={upload} job={job} />;
}

/** The server's sentence for the job's error code, when this app knows the code. */
function failedSentence(code: string | null, language: 'zh-CN' | 'en'): string | null {
  return code !== null && Object.hasOwn(API_ERROR_MESSAGES, code)
    ? API_ERROR_MESSAGES[code as ApiErrorCode][language]
    : null;
}

function JobProgress({ flow, job }: { flow: ImportFlow; job: ImportJob }) {
  const { t, i18n } = useAdminTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const counted = job.phase === 'writing' && job.rowsTotal !== null;
  const key = job.dryRun ? (counted ? 'dryWriting' : 'dryReading') : counted ? 'writing' : 'reading';
  const label = t(`admin.import.${key}`, {
    done: number.format(job.rowsDone),
    total: number.format(job.rowsTotal ?? 0),
  });
  return (
    <section className="card import-card">
      <div className="import-progress" role="status">
        <span>{label}</span>
        {/* Without a total the bar only says work goes on; then it fills row by row. */}
        {counted ? (
          <progress
            aria-label={t('admin.import.progress')}
            max={Math.max(job.rowsTotal ?? 0, 1)}
            value={job.rowsDone}
          />
        ) : (
          <progress aria-label={t('admin.import.progress')} />
        )}
      </div>
      {flow.pollFailed && <p className="hint">{t('admin.import.reconnecting')}</p>}
    </section>
  );
}

function JobSummary({ flow, upload, job }: { flow: ImportFlow; upload: ImportUpload; job: ImportJob }) {
  const { t, i18n } = useAdminTranslation();
  const id = useId();
  const language = pickLanguage(i18n.language);
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <section className="card import-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={job.dryRun ? undefined : 'admin-ok'}>
        {job.dryRun ? t('admin.import.dryDoneTitle') : t('admin.import.doneTitle')}
      </h2>
      <p className="hint">{job.dryRun ? t('admin.import.dryDoneLead') : t('admin.import.reachTablets')}</p>
      <dl className="import-counts">
        {COUNTS.map((key) => (
          <div key={key}>
            <dt>{t(`admin.import.counts.${key}`)}</dt>
            <dd>{t('admin.import.countsUnit', { rows: number.format(job.counts[key]) })}</dd>
          </div>
        ))}
      </dl>
      <h3 id={`${id}-refusals`}>{t('admin.import.refusalsTitle')}</h3>
      {flow.refusals.length === 0 ? (
        <p>{t('admin.import.noRefusals')}</p>
      ) : (
        <ul className="import-refusals" aria-labelledby={`${id}-refusals`}>
          {flow.refusals.map((r) => (
            <li key={`${r.line}-${r.reason}`}>{refusalSentence(r, language)}</li>
          ))}
        </ul>
      )}
      {flow.refusalsLeft && (
        <button
          type="button"
          className="btn"
          disabled={flow.busy}
          onClick={() => void flow.loadMoreRefusals()}
        >
          {flow.busy ? t('admin.import.loadingRefusals') : t('admin.import.moreRefusals')}
        </button>
      )}
      <RefusalAlert flow={flow} />
      <div className="admin-actions">
        {job.dryRun ? (
          <>
            <button
              type="button"
              className="btn"
              disabled={flow.busy}
              onClick={() => void flow.preview(upload)}
            >
              {t('admin.import.back')}
            </button>
            <StartImportButton flow={flow} upload={upload} />
          </>
        ) : (
          <button type="button" className="btn btn-primary" onClick={flow.reset}>
            {t('admin.import.another')}
          </button>
        )}
      </div>
    </section>
  );
}
