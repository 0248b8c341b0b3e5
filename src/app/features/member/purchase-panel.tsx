import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldArray, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { SizeCategory } from '../../../shared/schemas/member.schema';
import type { MemberSummary } from '../../../shared/domain/programme/summary';
import { pointsForPurchase, tierChange, tierFor } from '../../../shared/domain/programme/rules';
import { useStoreSettings } from '../store-settings/use-store-settings';
import { addDays, todayOf } from '../../../shared/domain/calendar-day';
import { purchaseTotal } from '../../../shared/domain/purchase-total';
import type { EventRow, MemberRow } from '../../db/floorbook-db';
import { useDirtyForm } from '../../state/use-dirty-form';
import { useStoreClock } from '../recognise/use-store-clock';
import { formatYuan, parseYuan } from './money';
import { formatDay } from '../../i18n/format-date';
import { useCommands } from './use-member';
import { commandErrorText } from './command-error';
import { PanelActions } from './panel-actions';
import { showRefusal } from '../../ui/form/field-error';
import { SchemaForm } from '../../ui/form/schema-form';
import { SelectField } from '../../ui/form/select-field';
import { TextField } from '../../ui/form/text-field';
import { useSchemaForm } from '../../ui/form/use-schema-form';
import { blankLine, PurchaseValues } from './purchase-values';
import { QuantityStepper } from './quantity-stepper';

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
  const commands = useCommands();
  const clock = useStoreClock();
  const { rules } = useStoreSettings();
  const form = useSchemaForm(PurchaseValues, { lines: [blankLine(row.fields.sizes)], liked: '' });
  const items = useFieldArray({ control: form.control, name: 'lines' });
  const lines = useWatch({ control: form.control, name: 'lines' });
  const [done, setDone] = useState<string[] | null>(null);
  useDirtyForm(done === null && lines.some((l) => l.styleNo !== '' || l.price !== ''));
  const money = (fen: number) => formatYuan(fen, i18n.language);
  const prices = lines.map((l) => parseYuan(l.price));
  const total = purchaseTotal(lines.map((l, i) => ({ quantity: l.quantity, unitPrice: prices[i] ?? 0 })));

  const save = async ({ lines: checked, liked }: z.output<typeof PurchaseValues>) => {
    const purchase = checked.map(({ price, ...item }) => ({ ...item, unitPrice: price }));
    const r = await (
      await commands()
    ).recordPurchase(row.id, {
      items: purchase,
      ...(liked !== undefined && { liked }),
    });
    if (!r.ok) return showRefusal(form.setError, { message: commandErrorText(t, r.error) }, []);
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
  };

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
    <SchemaForm
      form={form}
      schema={PurchaseValues}
      onValid={save}
      className="card panel purchase-panel"
      aria-label={t('member.purchase.title')}
    >
      <h2>{t('member.purchase.title')}</h2>
      {items.fields.map((item, i) => (
        <fieldset key={item.id} className="purchase-line">
          <legend className="sr-only">{t('member.purchase.item', { n: i + 1 })}</legend>
          <TextField
            name={`lines.${i}.styleNo`}
            label={t('member.purchase.styleNo')}
            words={{ required: t('member.purchase.required') }}
          />
          <SelectField
            name={`lines.${i}.category`}
            label={t('member.purchase.category')}
            options={SizeCategory.options.map((c) => ({ value: c, label: t(`member.sizeCategories.${c}`) }))}
            onPicked={(c) => {
              const size = row.fields.sizes[c as SizeCategory];
              if (size !== undefined) form.setValue(`lines.${i}.size`, size);
            }}
          />
          <TextField name={`lines.${i}.size`} label={t('member.purchase.size')} />
          <QuantityStepper index={i} />
          <TextField
            name={`lines.${i}.price`}
            label={t('member.purchase.unitPrice')}
            inputMode="decimal"
            words={{ invalid: t('member.purchase.badPrice'), 'too-long': t('member.purchase.badPrice') }}
          />
          {items.fields.length > 1 && (
            <button
              type="button"
              className="btn"
              aria-label={`${t('member.purchase.removeItem')} ${i + 1}`}
              onClick={() => items.remove(i)}
            >
              ×
            </button>
          )}
        </fieldset>
      ))}
      <button type="button" className="btn" onClick={() => items.append(blankLine(row.fields.sizes))}>
        {t('member.purchase.addItem')}
      </button>
      <TextField name="liked" label={t('member.liked')} />
      <p className="purchase-total" aria-live="polite">
        {t('member.purchase.total', { total: money(total) })}
      </p>
      <PanelActions saveLabel={t('member.purchase.save')} onCancel={onClose} />
    </SchemaForm>
  );
}
