import { defineConfig } from 'vitest/config';

const serverDatabaseTests = ['packages/server/**/*.int.test.ts'];

/**
 * One run, five kinds of test: pure domain rules; server units; the database and API tests once
 * on SQLite and once on a throwaway PostgreSQL cluster; the web app's own units and components in
 * jsdom, against a stubbed `fetch`; browser journeys in Debian's Chromium.
 * The server's files share one module graph per worker (`isolate: false`): importing the whole
 * server again for every file cost more CPU than most files' tests, and nothing in it keeps state
 * between tests — each test builds its own app on its own database.
 */
export default defineConfig({
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'domain',
          isolate: false,
          include: ['packages/domain/src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'server',
          isolate: false,
          include: ['packages/server/**/*.test.ts'],
          exclude: ['**/node_modules/**', ...serverDatabaseTests],
        },
      },
      {
        test: {
          name: 'api-sqlite',
          isolate: false,
          include: serverDatabaseTests,
          env: { HAVN_TEST_ENGINE: 'sqlite' },
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'api-postgres',
          isolate: false,
          include: serverDatabaseTests,
          env: { HAVN_TEST_ENGINE: 'postgres' },
          globalSetup: ['packages/server/test/postgres-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'web',
          include: ['packages/web/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['packages/web/src/test/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
