import { useAdminTranslation } from '../../i18n/admin-messages';
import type { ImportUpload } from '../../../shared/schemas/import.schema';
import type { ImportFlow } from './use-import-flow';

/** Starts the real import of the file, from the preview or after a dry run. */
export function StartImportButton({ flow, upload }: { flow: ImportFlow; upload: ImportUpload }) {
  const { t } = useAdminTranslation();
  return (
    <button
      type="button"
      className="btn btn-primary"
      disabled={flow.busy}
      onClick={() => void flow.start(upload, false)}
    >
      {flow.busy ? t('admin.import.starting') : t('admin.import.start')}
    </button>
  );
}
