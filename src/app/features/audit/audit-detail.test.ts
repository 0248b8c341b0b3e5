import { describe, expect, test } from 'vitest';
import { initI18n } from '../../i18n/i18n';
import { adminZhCN } from '../../i18n/admin.zh-CN';
import { adminEn } from '../../i18n/admin.en';
import { describeDetail } from './audit-detail';

function translator(language: 'zh-CN' | 'en') {
  const i18n = initI18n(language);
  i18n.addResourceBundle('zh-CN', 'translation', { admin: adminZhCN }, true, true);
  i18n.addResourceBundle('en', 'translation', { admin: adminEn }, true, true);
  return i18n.t.bind(i18n);
}

describe('describeDetail', () => {
  test('says how many points an adjustment gave or took, with its sign', () => {
    expect(describeDetail(translator('zh-CN'), '{"delta":500}')).toBe('积分 +500');
    expect(describeDetail(translator('en'), '{"delta":-300}')).toBe('-300 points');
  });

  test('says an export held only the cards about to lapse', () => {
    expect(describeDetail(translator('zh-CN'), '{"reason":"本月回访","rows":2,"selection":"lapsing"}')).toBe(
      '原因：本月回访 · 只含即将失效的卡 · 2 位会员',
    );
  });
});
