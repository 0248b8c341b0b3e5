import { lazyMessages } from './lazy-messages';
import { taskSettingsZhCN } from './task-settings.zh-CN';
import { taskSettingsEn } from './task-settings.en';

/** `useTranslation` for the store's task settings, their words loaded with the settings screen (0003). */
export const useTaskSettingsTranslation = lazyMessages('taskSettings', taskSettingsZhCN, taskSettingsEn);
