import type { TFunction } from 'i18next';

/** How long is left, in plain words: "25 秒", "14 分 30 秒". */
export function waitText(t: TFunction, ms: number): string {
  const total = Math.max(1, Math.ceil(ms / 1000));
  if (total < 60) return t('access.time.seconds', { count: total });
  return t('access.time.minutes', { minutes: Math.floor(total / 60), seconds: total % 60 });
}
