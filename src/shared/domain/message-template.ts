/** The store's wording of the message sent for one kind of task in one language. */
export interface MessageTemplateFields {
  text: string;
}

export type TemplateLanguage = 'zh' | 'en';

/** `<taskKind>/<zh|en>`; a task kind is lower-case letters and dashes, up to 40. */
export const messageTemplateKey = (taskKind: string, language: TemplateLanguage): string =>
  `${taskKind}/${language}`;
