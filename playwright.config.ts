import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const PORT = 4173;
/** Debian's headless shell when installed (scripts/chromium.mjs), else Chromium. */
const SHELL = '/usr/lib/chromium/chromium-headless-shell';
const CHROMIUM =
  process.env['BALISE_CHROMIUM'] ?? (existsSync(SHELL) ? SHELL : '/usr/bin/chromium');
/** Flags for Chromium on a machine with no outside network (shared with the scripts). */
const CHROMIUM_ARGS = JSON.parse(readFileSync('scripts/chromium-args.json', 'utf8')) as string[];

/** Browser tests in Debian's Chromium against the built app (`vite preview`). */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  // Two browsers at a time, test by test: every test has its own browser context (and the
  // profile tests their own folder), the preview server only serves files, and each download
  // lands in the test's own folder. Most of a test's time is waiting on the page, which leaves
  // the second core room. BALISE_E2E_WORKERS=1 runs them one at a time.
  workers: Number(process.env['BALISE_E2E_WORKERS'] ?? 2),
  fullyParallel: true,
  retries: 0,
  forbidOnly: Boolean(process.env['CI']),
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    locale: 'fr-FR',
    // No offline copy unless a test is about it (offline, séance, traces: `test.use`): each copy
    // downloads and stores the whole build, 1.7 MB, in every test's fresh browser context.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: CHROMIUM,
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
