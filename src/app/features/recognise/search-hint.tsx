import { useTranslation } from 'react-i18next';
import { SEARCH_EXAMPLES } from '../../../shared/domain/search-examples';

const WAYS = [
  ['hintTail', SEARCH_EXAMPLES.phoneTail],
  ['hintName', SEARCH_EXAMPLES.name],
  ['hintInitials', SEARCH_EXAMPLES.initials],
  ['hintCard', SEARCH_EXAMPLES.cardNo.replace(/(\d{4})(?=\d)/g, '$1 ')],
] as const;

/** Nothing typed yet: what can be typed, with an example of each. */
export function SearchHint() {
  const { t } = useTranslation();
  return (
    <div className="search-hint">
      <p className="search-hint-title">{t('recognise.hintTitle')}</p>
      <ul className="search-hint-ways">
        {WAYS.map(([key, example]) => (
          <li key={key}>
            <span className="search-hint-way">{t(`recognise.${key}`)}</span>
            <span className="search-hint-example">{example}</span>
          </li>
        ))}
      </ul>
      <p className="hint">{t('recognise.hintScan')}</p>
    </div>
  );
}
