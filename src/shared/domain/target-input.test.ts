import { describe, expect, test } from 'vitest';
import { checkTargets } from './target-input';

describe('checkTargets', () => {
  test('reads yuan into fen and a percentage into basis points', () => {
    expect(
      checkTargets({ vipSales: '5,000', vipShare: '50.5', newCards: '3', vipVisits: '12', followUps: '4' }),
    ).toEqual({
      ok: true,
      target: { vipSalesFen: 500_000, vipShareBp: 5_050, newCards: 3, vipVisits: 12, followUps: 4 },
    });
  });

  test('tells each refused field why, and a share above 100 % apart', () => {
    expect(
      checkTargets({ vipSales: '-1', vipShare: '101', newCards: '1.5', vipVisits: '', followUps: 'x' }),
    ).toEqual({
      ok: false,
      problems: {
        vipSales: 'negative',
        vipShare: 'share',
        newCards: 'decimals',
        vipVisits: 'required',
        followUps: 'not-a-number',
      },
    });
  });
});
