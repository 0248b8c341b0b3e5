import { useId } from 'react';
import { useSyncPageTranslation } from '../../i18n/sync-page-messages';
import { DeadLetterItem } from './dead-letter-item';
import { useDeadLetters } from './queries';

/** Changes the server refused for good: shown until staff have dealt with each (RELIABILITY: never hidden). */
export function DeadLetterList() {
  const { t } = useSyncPageTranslation();
  const id = useId();
  const letters = useDeadLetters();
  return (
    <section className="card sync-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('syncPage.deadLetters.title')}</h2>
      {letters?.length === 0 && <p className="hint">{t('syncPage.deadLetters.empty')}</p>}
      {letters && letters.length > 0 && (
        <>
          <p className="hint">{t('syncPage.deadLetters.intro')}</p>
          <ul className="dead-letters">
            {letters.map((letter) => (
              <li key={letter.id}>
                <DeadLetterItem letter={letter} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
