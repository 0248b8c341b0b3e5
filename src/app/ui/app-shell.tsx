import { lazy, Suspense } from 'react';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { NavRail, type NavItem } from './nav-rail';
import { SyncStatusBar } from './sync-status-bar';
import { UpdateBanner } from '../pwa/update-banner';
import { useSession } from '../state/session.state';
import { useCurrentStaff } from '../state/current-staff';
import { useStaffSession } from '../state/staff-session.state';
import { ReadOnlyBanner } from '../features/lock/read-only-banner';
import { useStaffRoster } from '../features/lock/queries';
import { useSignInGuard } from '../features/lock/use-sign-in-guard';
import './app-shell.css';

// Loaded when the tablet locks (precached, so offline too); until then a blank cover hides the app.
const LockScreen = lazy(() => import('../features/lock/lock-screen'));

/**
 * The tablet layout: navigation rail on the left, status bar on top, the current job below. While
 * nobody is signed in the lock screen covers it; the job underneath stays mounted and keeps its state.
 */
export function AppShell({ nav }: { nav: readonly NavItem[] }) {
  const { t } = useTranslation();
  const enrolment = useSession((s) => s.enrolment);
  const staff = useCurrentStaff();
  const lock = useStaffSession((s) => s.locked);
  const roster = useStaffRoster();
  const access = useSignInGuard(roster);
  const open = access === 'signed-in';
  return (
    <>
      <div className="shell" inert={!open} aria-hidden={open ? undefined : true}>
        <NavRail items={nav} />
        <header className="topbar">
          <span className="topbar-store">{enrolment?.store.name}</span>
          {open && staff && (
            <>
              <span className="topbar-staff">
                {staff.name} · {t(`roles.${staff.role}`)}
              </span>
              <button type="button" className="btn topbar-lock" onClick={lock}>
                {t('access.topbar.lock')}
              </button>
            </>
          )}
          <span className="topbar-spacer" />
          <UpdateBanner />
          <SyncStatusBar />
        </header>
        <main className="main">
          <ReadOnlyBanner />
          <Outlet />
        </main>
      </div>
      {!open && (
        <Suspense fallback={<div className="lock-cover" />}>
          <LockScreen roster={roster} checking={access === 'checking'} />
        </Suspense>
      )}
    </>
  );
}
