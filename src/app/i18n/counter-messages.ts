import { useTranslation } from 'react-i18next';
import { addMessagesOnce } from './add-messages';
import { counterZhCN } from './counter.zh-CN';
import { counterEn } from './counter.en';

/** `useTranslation` for the counter's screens: their words join the app's when one first renders (0003). */
export function useCounterTranslation() {
  const translation = useTranslation();
  addMessagesOnce(translation.i18n, 'counter', counterZhCN, counterEn);
  return translation;
}
