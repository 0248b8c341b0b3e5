import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberId } from '../../../shared/schemas/ids.schema';
import { useCommands } from './use-member';
import { commandErrorText } from './command-error';

/** A visit without a purchase: what she looked at and liked is worth keeping for next time. */
export function VisitPanel({ memberId, onClose }: { memberId: MemberId; onClose: () => void }) {
  const { t } = useTranslation();
  const commands = useCommands();
  const [liked, setLiked] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="card panel"
      aria-label={t('member.visit.title')}
      onSubmit={(e) => {
        e.preventDefault();
        void commands()
          .then((c) => c.recordVisit(memberId, liked.trim() === '' ? {} : { liked: liked.trim() }))
          .then((r) => (r.ok ? onClose() : setError(commandErrorText(t, r.error))));
      }}
    >
      <h2>{t('member.visit.title')}</h2>
      <label>
        {t('member.liked')}
        <input value={liked} onChange={(e) => setLiked(e.target.value)} maxLength={200} />
      </label>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="panel-actions">
        <button type="submit" className="btn btn-primary">
          {t('member.visit.save')}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {t('member.cancel')}
        </button>
      </div>
    </form>
  );
}
