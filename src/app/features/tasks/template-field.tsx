import { useId, useState } from 'react';
import type { TaskKind } from '../../../shared/domain/tasks/task';
import { DEFAULT_TEMPLATES, fillTemplate, type TemplateValues } from '../../../shared/domain/tasks/templates';
import type { TemplateLanguage } from '../../../shared/domain/message-template';
import { messageTemplateKey } from '../../../shared/domain/message-template';
import { useTasksTranslation } from '../../i18n/tasks-messages';
import { commandErrorText } from '../member/command-error';
import { useCommands } from '../member/use-member';

/** One template: the store's text (or the default) edited in place, with a live preview. */
export function TemplateField({
  kind,
  language,
  saved,
  sample,
  canEdit,
}: {
  kind: TaskKind;
  language: TemplateLanguage;
  saved: string | undefined;
  sample: TemplateValues;
  canEdit: boolean;
}) {
  const { t } = useTasksTranslation();
  const id = useId();
  const commands = useCommands();
  const current = saved ?? DEFAULT_TEMPLATES[kind][language];
  const [draft, setDraft] = useState<string | null>(null);
  const [said, setSaid] = useState<{ text: string; bad: boolean } | null>(null);
  const text = draft ?? current;

  const save = async (value: string) => {
    const r = await (
      await commands()
    ).saveFieldRecord('messageTemplate', messageTemplateKey(kind, language), {
      text: value,
    });
    if (r.ok) {
      setDraft(null);
      setSaid({ text: t('tasks.templates.saved'), bad: false });
    } else setSaid({ text: t('tasks.failed', { reason: commandErrorText(t, r.error) }), bad: true });
  };

  return (
    <form
      className="field template-editor"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() !== '') void save(text);
      }}
    >
      <label htmlFor={`${id}-text`}>
        {t('tasks.templates.text', {
          kind: t(`tasks.kinds.${kind}`),
          language: t(`tasks.languages.${language}`),
        })}
      </label>
      <textarea
        id={`${id}-text`}
        value={text}
        readOnly={!canEdit}
        maxLength={1000}
        onChange={(e) => {
          setDraft(e.target.value);
          setSaid(null);
        }}
      />
      <p className="template-preview" aria-label={t('tasks.templates.preview')}>
        {fillTemplate(text, sample)}
      </p>
      {canEdit && (
        <div className="task-actions">
          <button type="submit" className="btn btn-primary" disabled={draft === null || text.trim() === ''}>
            {t('tasks.save')}
          </button>
          <button
            type="button"
            className="btn"
            disabled={text === DEFAULT_TEMPLATES[kind][language]}
            onClick={() => void save(DEFAULT_TEMPLATES[kind][language])}
          >
            {t('tasks.templates.reset')}
          </button>
        </div>
      )}
      {said && (
        <p role="status" className={said.bad ? 'error-text' : 'hint'}>
          {said.text}
        </p>
      )}
    </form>
  );
}
