import { lazyMessages } from './lazy-messages';
import { adminZhCN } from './admin.zh-CN';
import { adminEn } from './admin.en';

/** `useTranslation` for the screens of managers and owners, their words loaded with them. */
export const useAdminTranslation = lazyMessages('admin', adminZhCN, adminEn);
