import { useId, useState } from 'react';
import { ContactChannel, ContactOutcome } from '../../../shared/schemas/event.schema';
import { useTasksTranslation } from '../../i18n/tasks-messages';
import type { ContactReport } from './task-actions';

const SATISFACTION = [5, 4, 3, 2, 1];

/** How she was reached, what came of it, what she said, how happy she is: logged on her profile as the contact. */
export function TaskCompleteForm({
  channel,
  busy,
  onSave,
  onCancel,
}: {
  channel: ContactReport['channel'];
  busy: boolean;
  onSave: (report: ContactReport) => void;
  onCancel: () => void;
}) {
  const { t } = useTasksTranslation();
  const id = useId();
  const [report, setReport] = useState<{
    channel: ContactReport['channel'];
    outcome: ContactReport['outcome'] | '';
    notes: string;
    satisfaction: string;
  }>({
    channel,
    outcome: '',
    notes: '',
    satisfaction: '',
  });
  // The outcome has no default: a contact that reached her and one that did not read alike otherwise.
  const [missingOutcome, setMissingOutcome] = useState(false);
  return (
    <form
      className="inline-form"
      aria-label={t('tasks.completeTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        if (report.outcome === '') {
          setMissingOutcome(true);
          return;
        }
        const notes = report.notes.trim();
        onSave({
          channel: report.channel,
          outcome: report.outcome,
          ...(notes !== '' && { notes }),
          ...(report.satisfaction !== '' && { satisfaction: Number(report.satisfaction) }),
        });
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-channel`}>{t('member.followUps.channel')}</label>
        <select
          id={`${id}-channel`}
          value={report.channel}
          onChange={(e) => setReport({ ...report, channel: e.target.value as ContactReport['channel'] })}
        >
          {ContactChannel.options.map((c) => (
            <option key={c} value={c}>
              {t(`member.followUps.channels.${c}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-outcome`}>{t('member.followUps.outcome')}</label>
        <select
          id={`${id}-outcome`}
          value={report.outcome}
          aria-invalid={missingOutcome}
          aria-describedby={missingOutcome ? `${id}-outcome-error` : undefined}
          onChange={(e) => {
            setReport({ ...report, outcome: e.target.value as ContactReport['outcome'] | '' });
            setMissingOutcome(false);
          }}
        >
          <option value="">{t('member.followUps.chooseOutcome')}</option>
          {ContactOutcome.options.map((o) => (
            <option key={o} value={o}>
              {t(`member.followUps.outcomes.${o}`)}
            </option>
          ))}
        </select>
        {missingOutcome && (
          <p id={`${id}-outcome-error`} role="alert" className="error-text">
            {t('tasks.outcomeRequired')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`}>{t('tasks.feedback')}</label>
        <input
          id={`${id}-notes`}
          maxLength={500}
          value={report.notes}
          onChange={(e) => setReport({ ...report, notes: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-satisfaction`}>{t('member.followUps.satisfaction')}</label>
        <select
          id={`${id}-satisfaction`}
          value={report.satisfaction}
          onChange={(e) => setReport({ ...report, satisfaction: e.target.value })}
        >
          <option value="">{t('member.notSet')}</option>
          {SATISFACTION.map((s) => (
            <option key={s} value={String(s)}>
              {String(s)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {t('tasks.save')}
      </button>
      <button type="button" className="btn" onClick={onCancel}>
        {t('tasks.cancel')}
      </button>
    </form>
  );
}
