import type { i18n as I18n } from 'i18next';

const added = new WeakMap<I18n, Set<string>>();

/** Join a screen's own words (both languages) to the app's, once per i18next instance. */
export function addMessagesOnce(i18n: I18n, key: string, zhCN: object, en: object): void {
  const keys = added.get(i18n) ?? new Set<string>();
  if (keys.has(key)) return;
  i18n.addResourceBundle('zh-CN', 'translation', { [key]: zhCN }, true, true);
  i18n.addResourceBundle('en', 'translation', { [key]: en }, true, true);
  keys.add(key);
  added.set(i18n, keys);
}
