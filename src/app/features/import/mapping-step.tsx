import { useId } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { importFieldName } from '../../../shared/domain/import-reasons';
import { pickLanguage } from '../../../shared/schemas/api-error.schema';
import { ImportField, type ImportUpload } from '../../../shared/schemas/import.schema';
import { mappingProblem } from './mapping-problem';
import { RefusalAlert } from './refusal-alert';
import type { ImportFlow } from './use-import-flow';

const SAMPLES_SHOWN = 3;

/** Step 2: each column of the file and the field it fills, as the server proposed, fixable. */
export function MappingStep({ flow, upload }: { flow: ImportFlow; upload: ImportUpload }) {
  const { t, i18n } = useAdminTranslation();
  const id = useId();
  const language = pickLanguage(i18n.language);
  const { mapping } = flow;
  const problem = mappingProblem(mapping);
  const choose = (column: number, value: string) => {
    const field = ImportField.safeParse(value);
    flow.setMapping(mapping.map((f, i) => (i === column ? (field.success ? field.data : null) : f)));
  };
  return (
    <section className="card import-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('admin.import.mappingTitle')}</h2>
      <p>
        {t('admin.import.read', {
          file: upload.fileName,
          line: upload.headerLine,
          columns: upload.headers.length,
        })}
        {upload.encoding && <> {t('admin.import.encoding', { encoding: upload.encoding.toUpperCase() })}</>}
      </p>
      <p className="hint">{t('admin.import.mappingLead')}</p>
      <ul className="import-mapping">
        {upload.headers.map((header, column) => {
          const label =
            header.trim() === ''
              ? t('admin.import.columnFallback', { n: column + 1 })
              : t('admin.import.column', { n: column + 1, header });
          const examples = upload.sample
            .map((r) => r.cells[column] ?? '')
            .filter((v) => v !== '')
            .slice(0, SAMPLES_SHOWN);
          return (
            <li key={column}>
              <label htmlFor={`${id}-${column}`}>{label}</label>
              <select
                id={`${id}-${column}`}
                value={mapping[column] ?? ''}
                aria-describedby={`${id}-${column}-about`}
                onChange={(e) => choose(column, e.target.value)}
              >
                <option value="">{t('admin.import.skipColumn')}</option>
                {ImportField.options.map((field) => (
                  <option key={field} value={field}>
                    {importFieldName(field, language)}
                  </option>
                ))}
              </select>
              <span id={`${id}-${column}-about`} className="hint">
                {examples.length > 0 && t('admin.import.examples', { values: examples.join('、') })}
                {upload.remembered[column] && <> · {t('admin.import.remembered')}</>}
              </span>
            </li>
          );
        })}
      </ul>
      {problem && (
        <p className="error-text" role="alert">
          {problem.kind === 'field-twice'
            ? t('admin.import.fieldTwice', { field: importFieldName(problem.field, language) })
            : t('admin.import.nameAndPhone')}
        </p>
      )}
      <RefusalAlert flow={flow} />
      <div className="admin-actions">
        <button type="button" className="btn" disabled={flow.busy} onClick={flow.reset}>
          {t('admin.import.back')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={problem !== null || flow.busy}
          onClick={() => void flow.preview(upload)}
        >
          {flow.busy ? t('admin.import.previewing') : t('admin.import.toPreview')}
        </button>
      </div>
    </section>
  );
}
