import { useEffect, useRef } from 'react';
import type { StaffRoster } from '../../../shared/schemas/security.schema';
import { signInEnded } from '../../state/access-rules';
import { useStaffSession } from '../../state/staff-session.state';
import { useNow } from './use-now';

export type GuardState = 'checking' | 'locked' | 'signed-in';

// A touch is written down at most this often: the idle lock may come this much early, no more.
const TOUCH_EVERY_MS = 5_000;
const CHECK_EVERY_MS = 5_000;
const ACTIVITY = ['pointerdown', 'keydown', 'touchstart'] as const;

/**
 * Whether someone holds the tablet now, by the store's rules: the sign-in ends after the idle
 * minutes without a touch, after the sign-in hours whatever she does, or when she leaves the
 * staff list. Kept across a reload only if no rule has run out meanwhile; `checking` until the
 * rules are read (the lock screen covers the app until then, so nothing shows to the wrong person).
 */
export function useSignInGuard(roster: StaffRoster | null | undefined): GuardState {
  const current = useStaffSession((s) => s.current);
  const locked = useStaffSession((s) => s.locked);
  const touched = useStaffSession((s) => s.touched);
  const [now] = useNow(CHECK_EVERY_MS);
  const ended = current && roster !== undefined ? signInEnded(current, roster, now) : null;
  useEffect(() => {
    if (ended) locked();
  }, [ended, locked]);
  useActivity(current !== null, touched);
  if (!current) return 'locked';
  if (roster === undefined) return 'checking';
  return ended ? 'locked' : 'signed-in';
}

function useActivity(active: boolean, touched: (now: number) => void) {
  const lastWritten = useRef(0);
  useEffect(() => {
    if (!active) return;
    const onActivity = () => {
      const now = Date.now();
      if (now - lastWritten.current < TOUCH_EVERY_MS) return;
      lastWritten.current = now;
      touched(now);
    };
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { capture: true, passive: true });
    return () => {
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, [active, touched]);
}
