import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** Nobody matches: say what was looked for, and offer to sign her up. */
export function NoResults({ typed }: { typed: string }) {
  const { t } = useTranslation();
  return (
    <div className="search-empty">
      <p className="search-empty-title">{t('recognise.noResults', { typed: typed.trim() })}</p>
      <p className="hint">{t('recognise.noResultsHint')}</p>
      <Link className="btn btn-primary" to="/members/new">
        {t('recognise.signUp')}
      </Link>
    </div>
  );
}
