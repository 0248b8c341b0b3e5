import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN } from './zh-CN';
import { en } from './en';

export type UiLanguage = 'zh-CN' | 'en';
export const UI_LANGUAGES: readonly UiLanguage[] = ['zh-CN', 'en'];

/** Start i18next with both languages bundled: the app must speak with no network. */
export function initI18n(language: UiLanguage) {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'zh-CN',
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance;
}
