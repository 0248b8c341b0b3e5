import { useId } from 'react';
import { TASK_KINDS } from '../../../shared/domain/tasks/task';
import { TEMPLATE_LANGUAGES, type TemplateValues } from '../../../shared/domain/tasks/templates';
import { formOfAddress } from '../../../shared/domain/tasks/address';
import { messageTemplateKey, type TemplateLanguage } from '../../../shared/domain/message-template';
import { hasRole } from '../../../shared/domain/permissions';
import { useTasksTranslation } from '../../i18n/tasks-messages';
import { formatDay } from '../../i18n/format-date';
import { useCurrentStaff } from '../../state/current-staff';
import { useSession } from '../../state/session.state';
import { useFieldRecords } from '../records/use-field-records';
import { TemplateField } from './template-field';
import './tasks.css';

const LNG: Record<TemplateLanguage, string> = { zh: 'zh-CN', en: 'en' };

/** The store's message templates per task kind and language, edited by a manager with a preview. */
export default function TemplatesPage() {
  const { t, i18n } = useTasksTranslation();
  const id = useId();
  const staff = useCurrentStaff();
  const store = useSession((s) => s.enrolment?.store.name ?? '');
  const saved = useFieldRecords('messageTemplate');
  const canEdit = staff !== null && hasRole(staff.role, 'manager');
  const sample = (language: TemplateLanguage): TemplateValues => {
    const words = i18n.getFixedT(LNG[language]);
    return {
      address: formOfAddress(words('tasks.templates.sample.name'), 'female', language),
      store,
      associate: staff?.name ?? '',
      items: words('tasks.templates.sample.items'),
      occasion: words('tasks.templates.sample.occasion'),
      date: formatDay({ year: 2026, month: 6, day: 1 }, LNG[language]),
    };
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('tasks.templates.title')}</h1>
      <p className="hint">{t('tasks.templates.intro')}</p>
      <p className="hint">{t('tasks.templates.placeholders')}</p>
      {!canEdit && <p className="notice">{t('tasks.templates.managersOnly')}</p>}
      {saved !== undefined &&
        TASK_KINDS.map((kind) => (
          <div key={kind} className="card">
            {TEMPLATE_LANGUAGES.map((language) => (
              <TemplateField
                key={language}
                kind={kind}
                language={language}
                saved={saved.get(messageTemplateKey(kind, language))?.text}
                sample={sample(language)}
                canEdit={canEdit}
              />
            ))}
          </div>
        ))}
    </section>
  );
}
