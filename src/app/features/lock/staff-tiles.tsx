import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffCard, StaffRoster } from '../../../shared/schemas/security.schema';

/** The store's staff as big name tiles; one without a PIN yet is shown, disabled, with what to do. */
export function StaffTiles({
  roster,
  onPick,
}: {
  roster: StaffRoster | null;
  onPick: (card: StaffCard) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  if (!roster || roster.staff.length === 0)
    return (
      <p className="lock-empty" role="status">
        {t('access.lock.downloading')}
      </p>
    );
  return (
    <ul className="lock-tiles" aria-label={t('access.lock.staffLabel')}>
      {roster.staff.map((card) => (
        <li key={card.id}>
          <button
            type="button"
            className="lock-tile"
            disabled={!card.pin}
            aria-describedby={card.pin ? undefined : `${id}-${card.id}`}
            onClick={() => onPick(card)}
          >
            <span className="lock-tile-name">{card.name}</span>{' '}
            <span className="lock-tile-role">{t(`roles.${card.role}`)}</span>
          </button>
          {!card.pin && (
            <p id={`${id}-${card.id}`} className="hint lock-tile-hint">
              {t('access.lock.noPin')}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
