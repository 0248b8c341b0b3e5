import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { adminZhCN } from './admin.zh-CN';
import { adminEn } from './admin.en';

const added = new WeakSet<I18n>();

/**
 * `useTranslation` for the screens of managers and owners: their words (both languages) join
 * the app's the first time one of them renders, so they stay off the first screen's budget
 * (decision 0003). They are in the precache like the screens, so this works offline too.
 */
export function useAdminTranslation() {
  const translation = useTranslation();
  const { i18n } = translation;
  if (!added.has(i18n)) {
    i18n.addResourceBundle('zh-CN', 'translation', { admin: adminZhCN }, true, true);
    i18n.addResourceBundle('en', 'translation', { admin: adminEn }, true, true);
    added.add(i18n);
  }
  return translation;
}
