import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffId } from '../../../shared/schemas/ids.schema';
import type { StaffRoster } from '../../../shared/schemas/security.schema';
import { useSession } from '../../state/session.state';
import { PinEntry } from './pin-entry';
import { StaffTiles } from './staff-tiles';
import './lock.css';

/**
 * Covers the whole app while nobody is signed in; the app stays mounted underneath (a half-filled
 * form keeps what was typed) but is inert and hidden behind an opaque layer.
 */
export default function LockScreen({
  roster,
  checking,
}: {
  roster: StaffRoster | null | undefined;
  checking: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const storeName = useSession((s) => s.enrolment?.store.name);
  const [chosen, setChosen] = useState<StaffId | null>(null);
  // Focus moves here from the app, which turns inert underneath: keyboards and screen readers follow.
  const layer = useRef<HTMLDivElement>(null);
  useEffect(() => layer.current?.focus(), []);
  // Read from the current list, so a PIN reset or a removal arriving meanwhile is taken at once.
  const card = roster?.staff.find((s) => s.id === chosen && s.pin !== null);
  return (
    <div
      ref={layer}
      className="lock-screen"
      role="dialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
    >
      <header className="lock-header">
        <p className="lock-store">{storeName}</p>
        <h1 id={`${id}-title`}>{t('access.lock.title')}</h1>
        {!card && !checking && <p className="hint">{t('access.lock.lead')}</p>}
      </header>
      {checking || roster === undefined ? (
        <p role="status">{t('access.lock.checking')}</p>
      ) : card ? (
        <PinEntry key={card.id} card={card} onBack={() => setChosen(null)} />
      ) : (
        <StaffTiles roster={roster} onPick={(c) => setChosen(c.id)} />
      )}
    </div>
  );
}
