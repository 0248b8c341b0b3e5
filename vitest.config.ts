import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Test-file location picks the environment: app component tests run in jsdom, everything else in
// Node. Every project runs in one pool of two workers: vitest puts the files of any project that
// turns file parallelism off into one group run strictly one at a time, after all the others, so
// the server and browser files (most of whose time is spent waiting on a server process or
// Chromium) would never overlap anything. Each of those files owns its databases (a fresh SQLite
// file, or a PostgreSQL database of its own: pg-per-file.ts), data folder and free port, so two
// can run at once.
export default defineConfig({
  plugins: [react()],
  test: {
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/shared/**/*.test.ts', 'src/server/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          include: ['src/app/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/fixtures/app-setup.ts'],
          // A component test shares the CPU with a server or browser file beside it.
          testTimeout: 15_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/sync/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/fixtures/pg-per-file.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.spec.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
