import { messageTemplateKey, type MessageTemplateFields, type TemplateLanguage } from '../message-template';
import type { TaskKind } from './task';

/*
 * Message templates per task kind and language, following the store playbook: greetings carry
 * wishes only (never a promotion or new arrivals), a follow-up speaks of what she bought, and
 * every message is signed with the store and the associate's name. A store's edited template
 * (its messageTemplate record, keyed `<kind>/<language>`) replaces the default.
 *
 * Placeholders: {address} 张女士 / Ms. Zhang, {store}, {associate}, {items} what she bought,
 * {occasion} the holiday or season, {date} a day (a card's last day).
 */

export const TEMPLATE_LANGUAGES: readonly TemplateLanguage[] = ['zh', 'en'];

export type TemplateValues = Readonly<
  Record<'address' | 'store' | 'associate' | 'items' | 'occasion' | 'date', string>
>;

export const DEFAULT_TEMPLATES: Readonly<Record<TaskKind, Readonly<Record<TemplateLanguage, string>>>> = {
  'follow-up': {
    zh: '{address}您好，我是{store}的{associate}。您这次选的{items}穿着还舒服吗？洗护建议冷水手洗、平铺晾干；怎么搭配有任何问题，随时问我。——{store} {associate}',
    en: 'Hello {address}, this is {associate} from {store}. How are you finding the {items} you chose? Wash it cold by hand and dry it flat; ask me anything about how to wear it. — {associate}, {store}',
  },
  birthday: {
    zh: '{address}，祝您生日快乐！愿新的一岁健康顺遂，每天都开开心心。——{store} {associate}',
    en: 'Happy birthday, {address}! Wishing you good health and a happy year ahead. — {associate}, {store}',
  },
  holiday: {
    zh: '{address}，{occasion}快乐！祝您和家人节日安康、万事顺意。——{store} {associate}',
    en: 'Happy {occasion}, {address}! Wishing you and your family a joyful holiday. — {associate}, {store}',
  },
  season: {
    zh: '{address}，{occasion}到了，天气变化大，记得适时添减衣物，多保重身体。——{store} {associate}',
    en: '{address}, with {occasion} the weather is changing: dress for it and take good care. — {associate}, {store}',
  },
  dormant: {
    zh: '{address}，好久不见，最近一切都好吗？{store}的大家都很惦记您，有空常来坐坐。——{associate}',
    en: '{address}, it has been a while: we hope all is well. Everyone at {store} thinks of you; drop by whenever you like. — {associate}',
  },
  'card-lapse': {
    zh: '{address}您好，您在{store}的会员卡已有一段时间未使用，将于{date}转为无效卡；在此之前到店消费一次即可继续有效。如有疑问请随时联系我。——{store} {associate}',
    en: 'Hello {address}, your {store} member card has not been used for a while and becomes inactive on {date}; one visit with a purchase before then keeps it active. Any questions, just ask me. — {associate}, {store}',
  },
};

/** The store's own template for a kind and language when it has one, else the default. */
export function templateFor(
  kind: TaskKind,
  language: TemplateLanguage,
  edited: ReadonlyMap<string, Partial<MessageTemplateFields>>,
): string {
  const own = edited.get(messageTemplateKey(kind, language))?.text;
  return own !== undefined && own.trim() !== '' ? own : DEFAULT_TEMPLATES[kind][language];
}

/** The template with each {placeholder} filled; an unknown one is left as written, so a typo shows in the preview. */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name as keyof TemplateValues] : whole,
  );
}
