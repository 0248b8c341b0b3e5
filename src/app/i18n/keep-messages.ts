import { lazyMessages } from './lazy-messages';
import { keepZhCN } from './keep.zh-CN';
import { keepEn } from './keep.en';

/** `useTranslation` for the client book, birthday board and drifting-away screens, their words loaded with them (0003). */
export const useKeepTranslation = lazyMessages('keep', keepZhCN, keepEn);
