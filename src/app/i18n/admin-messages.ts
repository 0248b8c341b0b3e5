import { useTranslation } from 'react-i18next';
import { addMessagesOnce } from './add-messages';
import { adminZhCN } from './admin.zh-CN';
import { adminEn } from './admin.en';

/**
 * `useTranslation` for the screens of managers and owners: their words (both languages) join
 * the app's the first time one of them renders, so they stay off the first screen's budget
 * (decision 0003). They are in the precache like the screens, so this works offline too.
 */
export function useAdminTranslation() {
  const translation = useTranslation();
  addMessagesOnce(translation.i18n, 'admin', adminZhCN, adminEn);
  return translation;
}
