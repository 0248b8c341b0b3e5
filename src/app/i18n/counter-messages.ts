import { lazyMessages } from './lazy-messages';
import { counterZhCN } from './counter.zh-CN';
import { counterEn } from './counter.en';

/** `useTranslation` for the counter's screens, their words loaded with them (decision 0003). */
export const useCounterTranslation = lazyMessages('counter', counterZhCN, counterEn);
