import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useSyncPageTranslation } from '../../i18n/sync-page-messages';
import type { DeadLetterView } from '../../db/dead-letter-queries';
import { useDiscardDeadLetter } from './queries';

/** One refused change: what it was, about whom, why the server refused it, and what staff can do. */
export function DeadLetterItem({ letter }: { letter: DeadLetterView }) {
  const { t, i18n } = useSyncPageTranslation();
  const id = useId();
  const discard = useDiscardDeadLetter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const time = new Intl.DateTimeFormat(i18n.language, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const who = letter.memberName ?? t('syncPage.deadLetters.someone');
  const reason = letter.code === 'too-large' ? t('syncPage.deadLetters.tooLarge') : letter.message;

  const confirmDiscard = () => {
    setBusy(true);
    // On success the live list drops this item; on failure it stays and can be tried again.
    void discard(letter.id).catch(() => setBusy(false));
  };

  return (
    <article className="dead-letter" aria-labelledby={`${id}-title`}>
      <div className="dead-letter-text">
        <h3 id={`${id}-title`}>
          {t(`syncPage.deadLetters.kinds.${letter.kind}`)} · {who}
        </h3>
        <p className="dead-letter-reason">{reason}</p>
        <p>
          {letter.code === 'forbidden' && letter.field === 'session'
            ? t('syncPage.deadLetters.advice.sessionNeeded')
            : t(`syncPage.deadLetters.advice.${letter.code}`)}
        </p>
        <p className="hint">
          {t('syncPage.deadLetters.when', {
            made: time.format(letter.madeAt),
            refused: time.format(letter.refusedAt),
          })}
        </p>
      </div>
      {confirming ? (
        <div className="dead-letter-confirm" role="group" aria-labelledby={`${id}-question`}>
          <p id={`${id}-question`}>{t('syncPage.deadLetters.discardQuestion')}</p>
          <div className="sync-actions">
            <button type="button" className="btn btn-danger" disabled={busy} onClick={confirmDiscard}>
              {t('syncPage.deadLetters.discardConfirm')}
            </button>
            <button type="button" className="btn" autoFocus onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="sync-actions dead-letter-actions">
          {letter.memberId && (
            <Link className="btn" to={`/members/${letter.memberId}`}>
              {t('syncPage.deadLetters.open')}
            </Link>
          )}
          <button type="button" className="btn" onClick={() => setConfirming(true)}>
            {t('syncPage.deadLetters.discard')}
          </button>
        </div>
      )}
    </article>
  );
}
