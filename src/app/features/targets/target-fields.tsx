import { useFormContext } from 'react-hook-form';
import type { TargetSuggestions } from '../../../shared/domain/counter/target-suggestions';
import type { TargetText } from '../../../shared/domain/target-input';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { TextField } from '../../ui/form/text-field';
import { formatYuan } from '../member/money';

const percent = (share: number, language: string) =>
  new Intl.NumberFormat(language === 'en' ? 'en-US' : 'zh-CN', {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share);

/**
 * The five targets of a day or a month, each with what the store's history suggests and the
 * figures it came from; "use" puts the suggestion in the field, where she may still change it.
 */
export function TargetFields({ suggestions }: { suggestions: TargetSuggestions | undefined }) {
  const { t, i18n } = useAdminTranslation();
  const { setValue } = useFormContext<TargetText>();
  const lang = i18n.language;
  const yuan = (fen: number) => formatYuan(fen, lang);
  const share = suggestions?.vipShare;
  const cards = suggestions?.newCards;
  const use = (field: keyof TargetText, value: string, shown: string) => (
    <button
      type="button"
      className="btn"
      onClick={() => setValue(field, value, { shouldDirty: true, shouldValidate: true })}
    >
      {t('admin.till.targets.use', { value: shown })}
    </button>
  );
  const known = (s: number | null | undefined) =>
    s === null || s === undefined ? t('admin.till.targets.suggestion.unknown') : percent(s, lang);
  return (
    <div className="till-fields">
      <TextField name="vipSales" label={t('admin.till.targets.vipSales')} inputMode="decimal">
        {share?.vipSalesFen != null && share.share !== null && (
          <p className="target-suggestion">
            {t('admin.till.targets.suggestion.vipSales', {
              vip: yuan(share.vipSalesFen),
              sales: yuan(share.dailySalesFen),
              share: percent(share.share, lang),
            })}
            <br />
            {use('vipSales', (share.vipSalesFen / 100).toFixed(2), yuan(share.vipSalesFen))}
          </p>
        )}
      </TextField>
      <TextField name="vipShare" label={t('admin.till.targets.vipShare')} inputMode="decimal">
        {share?.share != null && (
          <p className="target-suggestion">
            {t('admin.till.targets.suggestion.share', {
              share: percent(share.share, lang),
              mom: known(share.monthOnMonth),
              yoy: known(share.yearOnYear),
              last: known(share.lastPeriodShare),
              growth: Math.round(share.growthPoints * 10_000) / 100,
            })}
            <br />
            {use('vipShare', (share.share * 100).toFixed(2), percent(share.share, lang))}
          </p>
        )}
      </TextField>
      <TextField name="newCards" label={t('admin.till.targets.newCards')} inputMode="numeric">
        {cards && (
          <p className="target-suggestion">
            {t('admin.till.targets.suggestion.newCards', {
              cards: cards.newCards,
              sales: yuan(cards.salesFen),
              newShare: percent(cards.newVipShare, lang),
              ticket: yuan(cards.averageTicketFen),
            })}
            <br />
            {use('newCards', String(cards.newCards), String(cards.newCards))}
          </p>
        )}
      </TextField>
      <TextField name="vipVisits" label={t('admin.till.targets.vipVisits')} inputMode="numeric" />
      <TextField name="followUps" label={t('admin.till.targets.followUps')} inputMode="numeric" />
    </div>
  );
}
