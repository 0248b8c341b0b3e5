import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SizeCategory, type MemberFields } from '../../../shared/schemas/member.schema';
import type { PurchaseItem } from '../../../shared/schemas/event.schema';
import type { MemberSummary } from '../../../shared/domain/programme/summary';
import { pointsForPurchase, tierChange, tierFor } from '../../../shared/domain/programme/rules';
import { useStoreSettings } from '../store-settings/use-store-settings';
import { addDays, todayOf } from '../../../shared/domain/calendar-day';
import type { EventRow, MemberRow } from '../../db/floorbook-db';
import { useDirtyForm } from '../../state/use-dirty-form';
import { useStoreClock } from '../recognise/use-store-clock';
import { formatYuan, parseYuan } from './money';
import { formatDay } from '../../i18n/format-date';
import { useCommands } from './use-member';
import { commandErrorText } from './command-error';

interface Line {
  styleNo: string;
  category: SizeCategory;
  size: string;
  quantity: number;
  price: string;
}

const CATEGORIES = SizeCategory.options;
const blank = (sizes: MemberFields['sizes']): Line => ({
  styleNo: '',
  category: 'tops',
  size: sizes.tops ?? '',
  quantity: 1,
  price: '',
});

/** Quick entry at the till: items, the total as it is typed, then points, tier and the follow-up due. */
export function PurchasePanel({
  row,
  before,
  onClose,
}: {
  row: MemberRow;
  before: MemberSummary;
  events: readonly EventRow[];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const commands = useCommands();
  const clock = useStoreClock();
  const { rules } = useStoreSettings();
  const [lines, setLines] = useState<Line[]>([blank(row.fields.sizes)]);
  const [liked, setLiked] = useState('');
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState<string[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useDirtyForm(done === null && lines.some((l) => l.styleNo !== '' || l.price !== ''));
  const money = (fen: number) => formatYuan(fen, i18n.language);
  const prices = lines.map((l) => parseYuan(l.price));
  const total = lines.reduce((s, l, i) => s + l.quantity * (prices[i] ?? 0), 0);
  const update = (i: number, patch: Partial<Line>) =>
    setLines((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)));

  if (done)
    return (
      <section className="card panel" role="status">
        {done.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <button type="button" className="btn btn-primary" onClick={onClose}>
          {t('common.close')}
        </button>
      </section>
    );

  return (
    <form
      className="card panel purchase-panel"
      aria-label={t('member.purchase.title')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (lines.some((l, i) => l.styleNo.trim() === '' || prices[i] === null)) return;
        const items: PurchaseItem[] = lines.map((l, i) => ({
          styleNo: l.styleNo.trim(),
          category: l.category,
          size: l.size.trim(),
          quantity: l.quantity,
          unitPrice: prices[i] ?? 0,
        }));
        void commands()
          .then((c) =>
            c.recordPurchase(row.id, { items, ...(liked.trim() !== '' && { liked: liked.trim() }) }),
          )
          .then((r) => {
            if (!r.ok) {
              setFailure(commandErrorText(t, r.error));
              return;
            }
            const after = tierFor(before.windowSpend + total, rules);
            setDone([
              t('member.purchase.done', { total: money(total), points: pointsForPurchase(total, rules) }),
              ...(tierChange(before.tier, after, rules) === 'up'
                ? [t('member.purchase.tierUp', { tier: t(`member.tiers.${after}`) })]
                : []),
              t('member.purchase.followUp', {
                date: formatDay(addDays(todayOf(clock), rules.followUpDays), i18n.language),
              }),
            ]);
          });
      }}
    >
      <h2>{t('member.purchase.title')}</h2>
      {lines.map((l, i) => (
        <fieldset key={i} className="purchase-line">
          <legend className="sr-only">{t('member.purchase.item', { n: i + 1 })}</legend>
          <div className="form-field">
            <label>
              {t('member.purchase.styleNo')}
              <input
                value={l.styleNo}
                onChange={(e) => update(i, { styleNo: e.target.value })}
                aria-invalid={tried && l.styleNo.trim() === ''}
                aria-describedby={tried && l.styleNo.trim() === '' ? `${id}-style-${i}` : undefined}
                maxLength={30}
              />
            </label>
            {tried && l.styleNo.trim() === '' && (
              <span id={`${id}-style-${i}`} className="error-text">
                {t('member.purchase.required')}
              </span>
            )}
          </div>
          <label>
            {t('member.purchase.category')}
            <select
              value={l.category}
              onChange={(e) => {
                const category = e.target.value as SizeCategory;
                update(i, { category, size: row.fields.sizes[category] ?? l.size });
              }}
            >
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`member.sizeCategories.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('member.purchase.size')}
            <input value={l.size} onChange={(e) => update(i, { size: e.target.value })} maxLength={12} />
          </label>
          <div className="stepper" role="group" aria-label={t('member.purchase.quantity')}>
            <button
              type="button"
              className="btn"
              aria-label={t('member.purchase.less')}
              disabled={l.quantity <= 1}
              onClick={() => update(i, { quantity: l.quantity - 1 })}
            >
              −
            </button>
            <output aria-live="polite">{l.quantity}</output>
            <button
              type="button"
              className="btn"
              aria-label={t('member.purchase.more')}
              disabled={l.quantity >= 99}
              onClick={() => update(i, { quantity: l.quantity + 1 })}
            >
              +
            </button>
          </div>
          <div className="form-field">
            <label>
              {t('member.purchase.unitPrice')}
              <input
                inputMode="decimal"
                value={l.price}
                onChange={(e) => update(i, { price: e.target.value })}
                aria-invalid={tried && prices[i] === null}
                aria-describedby={tried && prices[i] === null ? `${id}-price-${i}` : undefined}
              />
            </label>
            {tried && prices[i] === null && (
              <span id={`${id}-price-${i}`} className="error-text">
                {t('member.purchase.badPrice')}
              </span>
            )}
          </div>
          {lines.length > 1 && (
            <button
              type="button"
              className="btn"
              aria-label={`${t('member.purchase.removeItem')} ${i + 1}`}
              onClick={() => setLines((ls) => ls.filter((_, j) => j !== i))}
            >
              ×
            </button>
          )}
        </fieldset>
      ))}
      <button
        type="button"
        className="btn"
        onClick={() => setLines((ls) => [...ls, blank(row.fields.sizes)])}
      >
        {t('member.purchase.addItem')}
      </button>
      <label>
        {t('member.liked')}
        <input value={liked} onChange={(e) => setLiked(e.target.value)} maxLength={200} />
      </label>
      <p className="purchase-total" aria-live="polite">
        {t('member.purchase.total', { total: money(total) })}
      </p>
      {failure && (
        <p className="error-text" role="alert">
          {failure}
        </p>
      )}
      <div className="panel-actions">
        <button type="submit" className="btn btn-primary">
          {t('member.purchase.save')}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {t('member.cancel')}
        </button>
      </div>
    </form>
  );
}
