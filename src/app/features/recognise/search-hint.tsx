import { useTranslation } from 'react-i18next';

const WAYS = [
  ['hintTail', '8000'],
  ['hintName', '张晓梅'],
  ['hintInitials', 'zxm'],
  ['hintCard', '1000 0000 0016'],
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
