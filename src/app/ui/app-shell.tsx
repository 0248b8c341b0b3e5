import { Outlet } from 'react-router';
import { NavRail, type NavItem } from './nav-rail';
import { SyncStatusBar } from './sync-status-bar';
import { UpdateBanner } from '../pwa/update-banner';
import { useSession } from '../state/session.store';
import './app-shell.css';

/** The tablet layout: navigation rail on the left, status bar on top, the current job below. */
export function AppShell({ nav }: { nav: readonly NavItem[] }) {
  const enrolment = useSession((s) => s.enrolment);
  return (
    <div className="shell">
      <NavRail items={nav} />
      <header className="topbar">
        <span className="topbar-store">{enrolment?.store.name}</span>
        <span className="hint">{enrolment?.staff.name}</span>
        <span className="topbar-spacer" />
        <UpdateBanner />
        <SyncStatusBar />
      </header>
      <main className="main">
        <Outlet />
      </main>
    </div>
  );
}
