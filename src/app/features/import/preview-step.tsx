import { useId } from 'react';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { importFieldName, refusalSentence } from '../../../shared/domain/import-reasons';
import { pickLanguage } from '../../../shared/schemas/api-error.schema';
import {
  DuplicateChoice,
  type ImportPreview,
  type ImportUpload,
} from '../../../shared/schemas/import.schema';
import { RefusalAlert } from './refusal-alert';
import { StartImportButton } from './start-import-button';
import type { ImportFlow } from './use-import-flow';

/** Step 3: the first rows as they would be stored, each refusal with its line and reason, and the choice for members already here. */
export function PreviewStep({
  flow,
  upload,
  preview,
}: {
  flow: ImportFlow;
  upload: ImportUpload;
  preview: ImportPreview;
}) {
  const { t, i18n } = useAdminTranslation();
  const id = useId();
  const language = pickLanguage(i18n.language);
  // Name and phone have their columns; another refused value is said beside its reason.
  const reason = ({ refusal, values }: ImportPreview['rows'][number]) => {
    if (!refusal) return '';
    const sentence = refusalSentence(refusal, language);
    const field = refusal.field;
    const value = field === undefined ? undefined : values[field];
    if (field === undefined || field === 'name' || field === 'phone' || value === undefined) return sentence;
    return sentence + t('admin.import.heldValue', { field: importFieldName(field, language), value });
  };
  return (
    <section className="card import-card" aria-labelledby={`${id}-title`}>
      <fieldset className="import-duplicates" disabled={flow.busy} aria-describedby={`${id}-dup-hint`}>
        <legend>{t('admin.import.duplicatesTitle')}</legend>
        {DuplicateChoice.options.map((choice) => (
          <label key={choice} className="import-choice">
            <input
              type="radio"
              name={`${id}-duplicates`}
              value={choice}
              checked={flow.duplicates === choice}
              onChange={() => void flow.preview(upload, choice)}
            />
            {t(`admin.import.duplicates.${choice}`)}
          </label>
        ))}
        <p id={`${id}-dup-hint`} className="hint">
          {t('admin.import.duplicatesHint')}
        </p>
      </fieldset>
      <h2 id={`${id}-title`}>{t('admin.import.previewTitle', { count: preview.rows.length })}</h2>
      <p className="hint">{t('admin.import.previewLead')}</p>
      <table className="audit-table import-preview" aria-labelledby={`${id}-title`}>
        <thead>
          <tr>
            <th scope="col">{t('admin.import.columns.line')}</th>
            <th scope="col">{t('admin.import.columns.outcome')}</th>
            <th scope="col">{t('admin.import.columns.name')}</th>
            <th scope="col">{t('admin.import.columns.phone')}</th>
            <th scope="col">{t('admin.import.columns.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.line} className={`outcome-${row.outcome}`}>
              <td>{row.line}</td>
              <td>
                <span className="import-outcome">{t(`admin.import.outcome.${row.outcome}`)}</span>
              </td>
              <td>{row.values.name ?? ''}</td>
              <td>{row.values.phone ?? ''}</td>
              <td>{reason(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <RefusalAlert flow={flow} />
      <div className="admin-actions">
        <button
          type="button"
          className="btn"
          disabled={flow.busy}
          onClick={() => flow.backTo({ kind: 'mapping', upload })}
        >
          {t('admin.import.back')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={flow.busy}
          onClick={() => void flow.start(upload, true)}
        >
          {t('admin.import.dryRun')}
        </button>
        <StartImportButton flow={flow} upload={upload} />
      </div>
    </section>
  );
}
