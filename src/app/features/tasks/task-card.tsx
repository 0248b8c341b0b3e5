import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { Task } from '../../../shared/domain/tasks/task';
import { isOverdue } from '../../../shared/domain/tasks/task-list';
import type { CalendarDay } from '../../../shared/domain/calendar-day';
import type { MessageTemplateFields, TemplateLanguage } from '../../../shared/domain/message-template';
import { TEMPLATE_LANGUAGES } from '../../../shared/domain/tasks/templates';
import type { StaffId } from '../../../shared/schemas/ids.schema';
import type { MemberRow } from '../../db/floorbook-db';
import { useTasksTranslation } from '../../i18n/tasks-messages';
import { useMemberAudit } from '../../tablet/use-audit';
import { commandErrorText } from '../member/command-error';
import { useCommands } from '../member/use-member';
import type { Commands } from '../../commands/commands';
import type { CommandResult } from '../../commands/command-runner';
import { completeTask, skipTask, type ContactReport } from './task-actions';
import { TaskCompleteForm } from './task-complete-form';
import { taskMessage } from './task-message';
import { TaskSkipForm } from './task-skip-form';
import { dueText, whyText } from './task-why';

export interface TaskCardProps {
  task: Task;
  member: MemberRow;
  staffId: StaffId;
  store: string;
  associate: string;
  today: CalendarDay;
  weeklyCap: number;
  templates: ReadonlyMap<string, Partial<MessageTemplateFields>>;
}

type Step = { kind: 'idle' } | { kind: 'complete'; channel: ContactReport['channel'] } | { kind: 'skip' };

/** One task: who, why, the message to send (copied for WeChat or opened in SMS), done or skipped. */
export function TaskCard({
  task,
  member,
  staffId,
  store,
  associate,
  today,
  weeklyCap,
  templates,
}: TaskCardProps) {
  const { t, i18n } = useTasksTranslation();
  const id = useId();
  const commands = useCommands();
  const audit = useMemberAudit();
  const [language, setLanguage] = useState<TemplateLanguage>(i18n.language === 'en' ? 'en' : 'zh');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<{ text: string; bad: boolean } | null>(null);
  const message = taskMessage(i18n, task, { member: member.fields, store, associate }, language, templates);
  const late = isOverdue(task, today);

  const run = async (work: (c: Commands) => Promise<CommandResult<unknown>>) => {
    setBusy(true);
    const result = await work(await commands());
    setBusy(false);
    if (result.ok) setStep({ kind: 'idle' });
    else setSaid({ text: t('tasks.failed', { reason: commandErrorText(t, result.error) }), bad: true });
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(message);
      setSaid({ text: t('tasks.copied'), bad: false });
      setStep({ kind: 'complete', channel: 'wechat' });
    } catch {
      setSaid({ text: t('tasks.copyFailed'), bad: true });
    }
  };

  return (
    <article className={`card task-card${late ? ' task-overdue' : ''}`} aria-labelledby={`${id}-name`}>
      <header className="task-head">
        <h3 id={`${id}-name`}>
          <Link to={`/members/${member.id}`}>{member.fields.name}</Link>
        </h3>
        <span className="task-kind">{t(`tasks.kinds.${task.why.kind}`)}</span>
        <span className={late ? 'task-due task-due-late' : 'task-due'}>
          {dueText(t, task, today, i18n.language)}
        </span>
      </header>
      <p className="task-why">{whyText(t, task, i18n.language)}</p>
      {task.capReached && (
        <p className="task-cap" role="note">
          ⚠ {t('tasks.capWarning', { count: task.contactsThisWeek, cap: weeklyCap })}
        </p>
      )}
      <div className="task-message">
        <div role="group" aria-label={t('tasks.messageLanguage')} className="task-languages">
          {TEMPLATE_LANGUAGES.map((l) => (
            <button
              key={l}
              type="button"
              className="btn"
              aria-pressed={language === l}
              onClick={() => setLanguage(l)}
            >
              {t(`tasks.languages.${l}`)}
            </button>
          ))}
        </div>
        <p aria-label={t('tasks.message')} className="task-text" lang={language === 'zh' ? 'zh-CN' : 'en'}>
          {message}
        </p>
      </div>
      <div className="task-actions">
        <button type="button" className="btn btn-primary" onClick={() => void copy()}>
          {t('tasks.copy')}
        </button>
        <a
          className="btn"
          href={`sms:${member.phone}?body=${encodeURIComponent(message)}`}
          onClick={() => {
            audit('phone.reveal', member.id);
            setStep({ kind: 'complete', channel: 'sms' });
          }}
        >
          {t('tasks.sms')}
        </a>
        <button
          type="button"
          className="btn"
          onClick={() => setStep({ kind: 'complete', channel: 'wechat' })}
        >
          {t('tasks.complete')}
        </button>
        <button type="button" className="btn" onClick={() => setStep({ kind: 'skip' })}>
          {t('tasks.skip')}
        </button>
      </div>
      {said && (
        <p role="status" className={said.bad ? 'error-text' : 'hint'}>
          {said.text}
        </p>
      )}
      {step.kind === 'complete' && (
        <TaskCompleteForm
          channel={step.channel}
          busy={busy}
          onCancel={() => setStep({ kind: 'idle' })}
          onSave={(report) => void run((c) => completeTask(c, task, staffId, report))}
        />
      )}
      {step.kind === 'skip' && (
        <TaskSkipForm
          busy={busy}
          onCancel={() => setStep({ kind: 'idle' })}
          onSkip={(reason) => void run((c) => skipTask(c, task, staffId, reason))}
        />
      )}
    </article>
  );
}
