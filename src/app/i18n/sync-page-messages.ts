import { lazyMessages } from './lazy-messages';
import { syncPageZhCN } from './sync-page.zh-CN';
import { syncPageEn } from './sync-page.en';

/** `useTranslation` for the sync screen, its words loaded with it (decision 0003). */
export const useSyncPageTranslation = lazyMessages('syncPage', syncPageZhCN, syncPageEn);
