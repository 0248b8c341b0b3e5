import { useTranslation } from 'react-i18next';
import { SizeCategory } from '../../../shared/schemas/member.schema';
import { TextField } from '../../ui/form/text-field';

/** Her size in each category the store sells: the `sizes` field of the surrounding form. */
export function SizeFields() {
  const { t } = useTranslation();
  return (
    <fieldset className="sizes">
      <legend>{t('member.fields.sizes')}</legend>
      {SizeCategory.options.map((c) => (
        <TextField key={c} name={`sizes.${c}`} label={t(`member.sizeCategories.${c}`)} />
      ))}
    </fieldset>
  );
}
