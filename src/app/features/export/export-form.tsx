import { useId, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { useQueryParam } from '../../ui/use-query-param';
import {
  ExportRequest,
  type ExportFormat,
  type ExportSelection,
} from '../../../shared/schemas/security.schema';
import { invalidReason } from '../../../shared/schemas/invalid-reason';
import { downloadExport } from '../../api/export.api';
import { showRefusal } from '../../ui/form/field-error';
import { FormRefusal } from '../../ui/form/form-refusal';
import { SchemaForm } from '../../ui/form/schema-form';
import { TextField } from '../../ui/form/text-field';
import { useSchemaForm } from '../../ui/form/use-schema-form';
import { formError } from '../admin/error-text';
import { useAdminCall } from '../admin/use-admin-api';

/** A reason, a clear word that the export is logged, and the download as a workbook or CSV. */
export function ExportForm() {
  const { t } = useAdminTranslation();
  const id = useId();
  const run = useAdminCall();
  const form = useSchemaForm(ExportRequest, { reason: '', format: 'xlsx' });
  const reason = useWatch({ control: form.control, name: 'reason' });
  const busy = form.formState.isSubmitting;
  const [done, setDone] = useState<string | null>(null);
  // The button pressed names the file's kind; it is set before the form submits.
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  // The drifting-away list links here for the month's cards about to lapse.
  const [asked] = useQueryParam('selection');
  const [selection, setSelection] = useState<ExportSelection>(asked === 'lapsing' ? 'lapsing' : 'members');
  // Too short a reason keeps the button off; any other fault is named beside it on download.
  const issue = ExportRequest.safeParse({ reason }).error?.issues[0];
  const ready = issue === undefined || invalidReason(issue) !== 'required';

  const submit = async (request: ExportRequest) => {
    setDone(null);
    const chosen = selection === 'members' ? request : { ...request, selection };
    const r = await run((auth) => downloadExport(auth, chosen));
    if (r.ok) setDone(t('admin.export.done', { file: r.value.fileName }));
    else showRefusal(form.setError, formError(t, r), ['reason']);
  };

  return (
    <SchemaForm form={form} schema={ExportRequest} onValid={submit} className="card" aria-busy={busy}>
      <p>{t('admin.export.lead')}</p>
      <fieldset className="export-selection" disabled={busy}>
        <legend>{t('admin.export.selection')}</legend>
        {(['members', 'lapsing'] as const).map((s) => (
          <label key={s}>
            <input
              type="radio"
              name={`${id}-selection`}
              checked={selection === s}
              onChange={() => setSelection(s)}
            />
            <span>
              {t(`admin.export.selections.${s}`)}
              <span className="hint"> {t(`admin.export.selectionHints.${s}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <TextField
        name="reason"
        label={t('admin.export.reason')}
        hint={t('admin.export.reasonHint')}
        multiline
        inputClassName="export-reason"
        describedById={`${id}-logged`}
      />
      <p id={`${id}-logged`}>
        <strong>{t('admin.export.logged')}</strong>
      </p>
      <p className="hint">{t('admin.export.care')}</p>
      <FormRefusal />
      <p className="admin-ok" role="status">
        {done}
      </p>
      <div className="export-buttons">
        {(['xlsx', 'csv'] as const).map((kind) => (
          <button
            key={kind}
            type="submit"
            className={kind === 'xlsx' ? 'btn btn-primary' : 'btn'}
            disabled={!ready || busy}
            onClick={() => {
              setFormat(kind);
              form.setValue('format', kind);
            }}
          >
            {busy && format === kind
              ? t('admin.export.busy')
              : t(kind === 'xlsx' ? 'admin.export.submitXlsx' : 'admin.export.submit')}
          </button>
        ))}
      </div>
    </SchemaForm>
  );
}
