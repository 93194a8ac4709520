import './scripts/node20-polyfills.js';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

// One vitest run for the whole repository, so CI gets a single summary line.
// Node packages share one project shape; the widgets run in Debian's Chromium.
const nodeProject = (name: string, root: string) => ({
  test: {
    name,
    root,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node' as const,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      nodeProject('spec', 'packages/spec'),
      nodeProject('compiler', 'packages/compiler'),
      nodeProject('engine', 'packages/engine'),
      nodeProject('cli', 'packages/cli'),
      {
        test: {
          name: 'repo',
          root: '.',
          include: [
            'test/**/*.test.ts',
            'examples/*/test/**/*.test.ts',
            'apps/*/src/**/*.test.ts',
            'apps/*/test/**/*.test.ts',
          ],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'widgets',
          root: 'packages/widgets',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                // biome-ignore lint/suspicious/noUndeclaredEnvVars: an optional override for a Chromium outside /usr/bin
                executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
                args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
              },
              // A reader far from the snapshots' +01:00: every widget test then shows that
              // dates and times come out as the source wrote them, not in the browser's zone.
              contextOptions: { timezoneId: 'America/New_York' },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
