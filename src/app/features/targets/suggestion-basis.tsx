import type { TargetSuggestions } from '../../../shared/domain/counter/target-suggestions';
import { useAdminTranslation } from '../../i18n/admin-messages';
import { formatYuan } from '../member/money';

/** Where the suggestions' expected sales come from, or that there is no history to suggest from. */
export function SuggestionBasis({ suggestions }: { suggestions: TargetSuggestions | undefined }) {
  const { t, i18n } = useAdminTranslation();
  if (!suggestions) return null;
  return (
    <p className="target-suggestion">
      {suggestions.basis.tillDays === 0
        ? t('admin.till.targets.suggestion.none')
        : t('admin.till.targets.suggestion.basis', {
            sales: formatYuan(suggestions.basis.salesFen, i18n.language),
            days: suggestions.basis.tillDays,
          })}
    </p>
  );
}
