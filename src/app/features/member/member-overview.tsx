import { useTranslation } from 'react-i18next';
import type { MemberSummary } from '../../../shared/domain/programme/summary';
import { profileCompleteness } from '../../../shared/domain/programme/completeness';
import type { MemberRow } from '../../db/floorbook-db';
import { formatYuan } from './money';

/** Tier and progress, spend, customer type and how complete her profile is. */
export function MemberOverview({ row, summary }: { row: MemberRow; summary: MemberSummary }) {
  const { t, i18n } = useTranslation();
  const money = (fen: number) => formatYuan(fen, i18n.language);
  const { score, missing } = profileCompleteness(row.fields);
  return (
    <section className="card member-overview" aria-label={t('member.tiers.' + summary.tier)}>
      <div className="overview-tier">
        <progress max={1} value={summary.tierProgress} aria-label={t('member.windowSpend')} />
        <p>
          {summary.nextTier
            ? t('member.tierProgress', {
                amount: money(summary.nextTier.remaining),
                tier: t(`member.tiers.${summary.nextTier.id}`),
              })
            : t('member.tierTop')}
        </p>
      </div>
      <dl className="overview-figures">
        <div>
          <dt>{t('member.windowSpend')}</dt>
          <dd>{money(summary.windowSpend)}</dd>
        </div>
        <div>
          <dt>{t('member.totalSpend')}</dt>
          <dd>{money(summary.totalSpend)}</dd>
        </div>
        <div>
          <dt>{t('member.purchases')}</dt>
          <dd>{summary.purchases}</dd>
        </div>
        <div>
          <dt>{t('member.averageTicket')}</dt>
          <dd>{money(summary.averageTicket)}</dd>
        </div>
        <div>
          <dt>{t('member.types.title')}</dt>
          <dd>
            {summary.customerType ? t(`member.types.${summary.customerType.id}`) : t('member.types.none')}
          </dd>
        </div>
      </dl>
      <div className="overview-completeness">
        <label>
          {t('member.completeness.title')} {score}%
          <progress max={100} value={score} />
        </label>
        <p className="hint">
          {missing.length === 0
            ? t('member.completeness.complete')
            : t('member.completeness.missing', {
                fields: missing.map((f) => t(`member.fields.${f}`)).join('、'),
              })}
        </p>
      </div>
    </section>
  );
}
