import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { keepZhCN } from './keep.zh-CN';
import { keepEn } from './keep.en';

const added = new WeakSet<I18n>();

/**
 * `useTranslation` for the screens that keep VIPs coming (client book, birthday board, drifting
 * away): their words join the app's when one of them first renders, off the first screen's
 * budget like the admin words (decision 0003).
 */
export function useKeepTranslation() {
  const translation = useTranslation();
  const { i18n } = translation;
  if (!added.has(i18n)) {
    i18n.addResourceBundle('zh-CN', 'translation', { keep: keepZhCN }, true, true);
    i18n.addResourceBundle('en', 'translation', { keep: keepEn }, true, true);
    added.add(i18n);
  }
  return translation;
}
