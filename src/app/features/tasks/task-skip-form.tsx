import { useId, useState } from 'react';
import { useTasksTranslation } from '../../i18n/tasks-messages';

/** Skipping asks why, so a manager sees the reason; the words stay if saving fails. */
export function TaskSkipForm({
  busy,
  onSkip,
  onCancel,
}: {
  busy: boolean;
  onSkip: (reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTasksTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  return (
    <form
      className="inline-form"
      aria-label={t('tasks.skip')}
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim() !== '') onSkip(reason.trim());
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('tasks.skipReason')}</label>
        <input
          id={`${id}-reason`}
          required
          maxLength={200}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <button type="submit" className="btn btn-primary" disabled={busy || reason.trim() === ''}>
        {t('tasks.skipConfirm')}
      </button>
      <button type="button" className="btn" onClick={onCancel}>
        {t('tasks.cancel')}
      </button>
    </form>
  );
}
