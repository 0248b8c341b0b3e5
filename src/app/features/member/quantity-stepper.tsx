import { useTranslation } from 'react-i18next';
import { useFormContext, useWatch } from 'react-hook-form';
import { PurchaseItem } from '../../../shared/schemas/event.schema';

const { minValue: LEAST, maxValue: MOST } = PurchaseItem.shape.quantity;

/** How many of one item, in steps the purchase schema allows: `lines.<index>.quantity` of the form. */
export function QuantityStepper({ index }: { index: number }) {
  const { t } = useTranslation();
  const { setValue } = useFormContext();
  const name = `lines.${index}.quantity`;
  const quantity = useWatch({ name }) as number;
  return (
    <div className="stepper" role="group" aria-label={t('member.purchase.quantity')}>
      <button
        type="button"
        className="btn"
        aria-label={t('member.purchase.less')}
        disabled={LEAST !== null && quantity <= LEAST}
        onClick={() => setValue(name, quantity - 1)}
      >
        −
      </button>
      <output aria-live="polite">{quantity}</output>
      <button
        type="button"
        className="btn"
        aria-label={t('member.purchase.more')}
        disabled={MOST !== null && quantity >= MOST}
        onClick={() => setValue(name, quantity + 1)}
      >
        +
      </button>
    </div>
  );
}
