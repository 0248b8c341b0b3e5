import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';

// The counter's screens under /counter, declared here so the first screen's routes carry one entry (0003).
const TodayPage = lazy(() => import('./today-page'));
const PeriodPage = lazy(() => import('./period-page'));
const StaffKpiPage = lazy(() => import('./staff-kpi-page'));

export default function CounterRoutes() {
  return (
    <Suspense fallback={null}>
      <Routes>
        <Route index element={<TodayPage />} />
        <Route path="week" element={<PeriodPage kind="week" />} />
        <Route path="month" element={<PeriodPage kind="month" />} />
        <Route path="staff" element={<StaffKpiPage />} />
      </Routes>
    </Suspense>
  );
}
