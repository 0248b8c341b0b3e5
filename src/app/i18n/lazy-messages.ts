import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';

/**
 * A `useTranslation` for screens whose words stay off the first screen's budget (decision 0003):
 * they join the app's, under `key`, the first time such a screen renders. They are in the
 * precache like the screens, so this works offline too.
 */
export function lazyMessages(key: string, zhCN: object, en: object): () => ReturnType<typeof useTranslation> {
  const added = new WeakSet<I18n>();
  return function useLazyTranslation() {
    const translation = useTranslation();
    const { i18n } = translation;
    if (!added.has(i18n)) {
      i18n.addResourceBundle('zh-CN', 'translation', { [key]: zhCN }, true, true);
      i18n.addResourceBundle('en', 'translation', { [key]: en }, true, true);
      added.add(i18n);
    }
    return translation;
  };
}
