import type { i18n as I18n } from 'i18next';
import type { Task } from '../../../shared/domain/tasks/task';
import { formOfAddress } from '../../../shared/domain/tasks/address';
import { fillTemplate, templateFor, type TemplateValues } from '../../../shared/domain/tasks/templates';
import type { MessageTemplateFields, TemplateLanguage } from '../../../shared/domain/message-template';
import type { MemberFields } from '../../../shared/schemas/member.schema';
import { formatDay } from '../../i18n/format-date';

const UI_LANGUAGE: Record<TemplateLanguage, string> = { zh: 'zh-CN', en: 'en' };

export interface MessageParts {
  readonly member: Pick<MemberFields, 'name' | 'gender' | 'preferredName'>;
  readonly store: string;
  readonly associate: string;
}

/** The words a task's template is filled with, in the message's language (not the screen's). */
export function messageValues(
  i18n: I18n,
  task: Task,
  parts: MessageParts,
  language: TemplateLanguage,
): TemplateValues {
  const lng = UI_LANGUAGE[language];
  const t = i18n.getFixedT(lng);
  const why = task.why;
  const items =
    why.kind === 'follow-up'
      ? [...new Set(why.items.map((i) => t(`member.sizeCategories.${i.category}`)))].join(
          language === 'zh' ? '、' : ', ',
        )
      : '';
  return {
    address: formOfAddress(parts.member.name, parts.member.gender, language, parts.member.preferredName),
    store: parts.store,
    associate: parts.associate,
    items,
    occasion: why.kind === 'holiday' || why.kind === 'season' ? why.name[language] : '',
    date: why.kind === 'card-lapse' ? formatDay(why.deadOn, lng) : '',
  };
}

/** The message to send: the store's template for the kind (or the default), filled. */
export function taskMessage(
  i18n: I18n,
  task: Task,
  parts: MessageParts,
  language: TemplateLanguage,
  templates: ReadonlyMap<string, Partial<MessageTemplateFields>>,
): string {
  return fillTemplate(
    templateFor(task.why.kind, language, templates),
    messageValues(i18n, task, parts, language),
  );
}
