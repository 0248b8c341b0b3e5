import { lazyMessages } from './lazy-messages';
import { tasksZhCN } from './tasks.zh-CN';
import { tasksEn } from './tasks.en';

/** `useTranslation` for the task screens, their words loaded with them (decision 0003). */
export const useTasksTranslation = lazyMessages('tasks', tasksZhCN, tasksEn);
