import { useAdminTranslation } from '../../i18n/admin-messages';
import { errorText } from '../admin/error-text';
import type { ImportFlow } from './use-import-flow';

/** The last refused call of the import, in the user's words. */
export function RefusalAlert({ flow }: { flow: ImportFlow }) {
  const { t } = useAdminTranslation();
  if (!flow.refusal) return null;
  return (
    <p className="error-text" role="alert">
      {errorText(t, flow.refusal)}
    </p>
  );
}
