import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AppShell } from './ui/app-shell';
import type { NavItem } from './ui/nav-rail';
import { useSession } from './state/session.state';
import { TabletProvider } from './tablet/tablet-context';
import { tabletRevoked } from './tablet/tablet-revoked';
import { RevokedNotice } from './features/revoked/revoked-notice';

// Each job loads when first opened, so the first screen carries only the shell.
const SetupPage = lazy(() => import('./features/setup/setup-page'));
const RecognisePage = lazy(() => import('./features/recognise/recognise-page'));
const SettingsPage = lazy(() => import('./features/settings/settings-page'));
const SyncPage = lazy(() => import('./features/sync/sync-page'));
const MemberPage = lazy(() => import('./features/member/member-page'));
const SignUpPage = lazy(() => import('./features/member/signup-page'));
const StaffPage = lazy(() => import('./features/staff/staff-page'));
const AuditPage = lazy(() => import('./features/audit/audit-page'));
const ExportPage = lazy(() => import('./features/export/export-page'));
const ImportPage = lazy(() => import('./features/import/import-page'));
const ChainPage = lazy(() => import('./features/chain/chain-page'));
const CounterRoutes = lazy(() => import('./features/counter/counter-routes'));
const TasksPage = lazy(() => import('./features/tasks/tasks-page'));
const TemplatesPage = lazy(() => import('./features/tasks/templates-page'));
const KeepPages = lazy(() => import('./features/clients/keep-pages'));
const TillPage = lazy(() => import('./features/till/till-page'));
const TargetsPage = lazy(() => import('./features/targets/targets-page'));
const NotFoundPage = lazy(() => import('./ui/not-found-page'));

/** The jobs on the navigation rail; settings sit at its foot. */
export const NAV: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.recognise', icon: '◎' },
  { to: '/members/new', labelKey: 'nav.signUp', icon: '＋' },
  // Everyone: an associate sees the store's day and her own row, a manager every associate's.
  { to: '/counter', labelKey: 'nav.counter', icon: '◔' },
  { to: '/tasks', labelKey: 'nav.tasks', icon: '✓' },
  { to: '/clients', labelKey: 'nav.clients', icon: '♡' },
  { to: '/birthdays', labelKey: 'nav.birthdays', icon: '✿' },
  { to: '/drifting', labelKey: 'nav.drifting', icon: '☂', least: 'manager' },
  // A manager sees the staff list, resets associates' PINs and makes enrol codes; the rest is the owner's.
  { to: '/staff', labelKey: 'nav.staff', icon: '☺', least: 'manager' },
  { to: '/audit', labelKey: 'nav.audit', icon: '☰', least: 'manager' },
  { to: '/export', labelKey: 'nav.export', icon: '⇩', least: 'manager' },
  // Every owner sees it; the server lets only head office (the chain's first owner) use it.
  { to: '/stores', labelKey: 'nav.stores', icon: '▦', least: 'owner' },
];

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}

/**
 * Declarative routes rather than the data router: it is half the size, and the
 * first-screen budget needs the difference (docs/decisions/0003-first-screen-budget.md).
 */
export function AppRoutes() {
  const enrolment = useSession((s) => s.enrolment);
  if (!enrolment) {
    // A revoked tablet first says why it is empty, then goes on to set-up.
    return (
      <RevokedNotice>
        <Routes>
          <Route
            path="/setup"
            element={
              <Page>
                <SetupPage />
              </Page>
            }
          />
          <Route path="*" element={<Navigate to="/setup" replace />} />
        </Routes>
      </RevokedNotice>
    );
  }
  return (
    <TabletProvider key={enrolment.device.id} enrolment={enrolment} onRevoked={() => void tabletRevoked()}>
      <Routes>
        <Route path="/setup" element={<Navigate to="/" replace />} />
        <Route element={<AppShell nav={NAV} />}>
          <Route
            index
            element={
              <Page>
                <RecognisePage />
              </Page>
            }
          />
          <Route
            path="settings"
            element={
              <Page>
                <SettingsPage />
              </Page>
            }
          />
          <Route
            path="members/new"
            element={
              <Page>
                <SignUpPage />
              </Page>
            }
          />
          <Route
            path="members/:id"
            element={
              <Page>
                <MemberPage />
              </Page>
            }
          />
          <Route
            path="tasks"
            element={
              <Page>
                <TasksPage />
              </Page>
            }
          />
          <Route
            path="clients"
            element={
              <Page>
                <KeepPages page="clients" />
              </Page>
            }
          />
          <Route
            path="tasks/templates"
            element={
              <Page>
                <TemplatesPage />
              </Page>
            }
          />
          <Route
            path="birthdays"
            element={
              <Page>
                <KeepPages page="birthdays" />
              </Page>
            }
          />
          <Route
            path="drifting"
            element={
              <Page>
                <KeepPages page="drifting" />
              </Page>
            }
          />
          <Route
            path="sync"
            element={
              <Page>
                <SyncPage />
              </Page>
            }
          />
          <Route
            path="staff"
            element={
              <Page>
                <StaffPage />
              </Page>
            }
          />
          <Route
            path="audit"
            element={
              <Page>
                <AuditPage />
              </Page>
            }
          />
          <Route
            path="export"
            element={
              <Page>
                <ExportPage />
              </Page>
            }
          />
          <Route
            path="export/import"
            element={
              <Page>
                <ImportPage />
              </Page>
            }
          />
          <Route
            path="counter/till"
            element={
              <Page>
                <TillPage />
              </Page>
            }
          />
          <Route
            path="counter/*"
            element={
              <Page>
                <CounterRoutes />
              </Page>
            }
          />
          <Route
            path="counter/targets"
            element={
              <Page>
                <TargetsPage />
              </Page>
            }
          />
          <Route
            path="stores"
            element={
              <Page>
                <ChainPage />
              </Page>
            }
          />
          <Route
            path="*"
            element={
              <Page>
                <NotFoundPage />
              </Page>
            }
          />
        </Route>
      </Routes>
    </TabletProvider>
  );
}
