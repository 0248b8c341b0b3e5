import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AppShell } from './ui/app-shell';
import type { NavItem } from './ui/nav-rail';
import { useSession } from './state/session.store';
import { TabletProvider } from './tablet/tablet-context';

// Each job loads when first opened, so the first screen carries only the shell.
const SetupPage = lazy(() => import('./features/setup/setup-page'));
const RecognisePage = lazy(() => import('./features/recognise/recognise-page'));
const SettingsPage = lazy(() => import('./features/settings/settings-page'));
const SyncPage = lazy(() => import('./features/sync/sync-page'));
const MemberPage = lazy(() => import('./features/member/member-page'));
const SignUpPage = lazy(() => import('./features/member/signup-page'));
const NotFoundPage = lazy(() => import('./ui/not-found-page'));

/** The jobs on the navigation rail; settings sit at its foot. */
export const NAV: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.recognise', icon: '◎' },
  { to: '/members/new', labelKey: 'nav.signUp', icon: '＋' },
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
  const unenrolled = useSession((s) => s.unenrolled);
  if (!enrolment) {
    return (
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
    );
  }
  return (
    <TabletProvider key={enrolment.device.id} enrolment={enrolment} onRevoked={unenrolled}>
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
            path="sync"
            element={
              <Page>
                <SyncPage />
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
